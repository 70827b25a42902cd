package vn.phoihop.situation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** A step of an item's follow-up: the new status, its day and what was done. */
public class StatusForm {

	private Integer version;

	@NotNull
	private FollowUp status;

	@NotNull
	@DateTimeFormat(pattern = "yyyy-MM-dd")
	private LocalDate changedOn;

	@Size(max = 4000)
	private String note;

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public FollowUp getStatus() {
		return status;
	}

	public void setStatus(FollowUp status) {
		this.status = status;
	}

	public LocalDate getChangedOn() {
		return changedOn;
	}

	public void setChangedOn(LocalDate changedOn) {
		this.changedOn = changedOn;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note == null || note.isBlank() ? null : note.strip();
	}

}
