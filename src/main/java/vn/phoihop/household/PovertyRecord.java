package vn.phoihop.household;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One year of a household's poverty history. */
@Embeddable
public class PovertyRecord {

	@Column(name = "year")
	private int year;

	@Enumerated(EnumType.STRING)
	@Column(name = "status")
	private PovertyStatus status;

	protected PovertyRecord() {
	}

	PovertyRecord(int year, PovertyStatus status) {
		this.year = year;
		this.status = status;
	}

	public int getYear() {
		return year;
	}

	public PovertyStatus getStatus() {
		return status;
	}

	void setStatus(PovertyStatus status) {
		this.status = status;
	}

}
