package vn.phoihop.situation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One dated step of an item's follow-up: the status it moved to, on which day, what was done, by whom. */
@Entity
@Table(name = "situation_status_change")
public class StatusChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "item_id")
	private SituationItem item;

	@Column(name = "changed_on")
	private LocalDate changedOn;

	@Enumerated(EnumType.STRING)
	private FollowUp status;

	private String note;

	@Column(name = "changed_by")
	private String changedBy;

	@Column(name = "changed_at")
	private Instant changedAt;

	protected StatusChange() {
	}

	StatusChange(SituationItem item, LocalDate changedOn, FollowUp status, String note, String changedBy) {
		this.item = item;
		this.changedOn = changedOn;
		this.status = status;
		this.note = note;
		this.changedBy = changedBy;
		this.changedAt = Instant.now();
	}

	public Long getId() {
		return id;
	}

	public LocalDate getChangedOn() {
		return changedOn;
	}

	public FollowUp getStatus() {
		return status;
	}

	public String getNote() {
		return note;
	}

	public String getChangedBy() {
		return changedBy;
	}

	public Instant getChangedAt() {
		return changedAt;
	}

}
