package vn.phoihop.programme;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A kind of programme, reference data with its Vietnamese and English labels (V091), as the register's categories. */
@Entity
@Table(name = "programme_kind")
public class ProgrammeKind {

	@Id
	private Long id;

	private String code;

	@Column(name = "label_vi")
	private String labelVi;

	@Column(name = "label_en")
	private String labelEn;

	@Column(name = "sort_order")
	private int sortOrder;

	private boolean active;

	protected ProgrammeKind() {
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public boolean isActive() {
		return active;
	}

	public int getSortOrder() {
		return sortOrder;
	}

	/** The label in the reader's language: English for English, Vietnamese otherwise (docs/design.md §9). */
	public String label(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? labelEn : labelVi;
	}

}
