package vn.phoihop.territory;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A post covers a commune from a date, until a date or open-ended. Part of the BorderPost aggregate. */
@Entity
@Table(name = "post_coverage")
public class PostCoverage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "post_id")
	private BorderPost post;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "commune_id")
	private Commune commune;

	@Column(name = "valid_from")
	private LocalDate validFrom;

	@Column(name = "valid_to")
	private LocalDate validTo;

	protected PostCoverage() {
	}

	PostCoverage(BorderPost post, Commune commune, LocalDate validFrom, LocalDate validTo) {
		this.post = post;
		this.commune = commune;
		this.validFrom = validFrom;
		this.validTo = validTo;
	}

	public boolean covers(LocalDate day) {
		return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
	}

	public Long getId() {
		return id;
	}

	public BorderPost getPost() {
		return post;
	}

	public Commune getCommune() {
		return commune;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public LocalDate getValidTo() {
		return validTo;
	}

}
