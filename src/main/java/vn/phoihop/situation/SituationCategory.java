package vn.phoihop.situation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A category of the register (loại), reference data (V062); its labels are read through reference.ReferenceData. */
@Entity
@Table(name = "situation_category")
public class SituationCategory {

	@Id
	private Long id;

	private String code;

	@Column(name = "sort_order")
	private int sortOrder;

	private boolean active;

	protected SituationCategory() {
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

}
