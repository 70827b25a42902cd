package vn.phoihop.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A kind of programme, reference data (V091) as the register's categories; its labels are read through
 * reference.ReferenceData.
 */
@Entity
@Table(name = "programme_kind")
public class ProgrammeKind {

	@Id
	private Long id;

	private String code;

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

}
