package vn.phoihop.deadline;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** /settings/deadlines: the post's two due days, with the version the form was read at. */
public class DeadlineForm {

	private Integer version;

	@NotNull
	@Min(1)
	@Max(PostDeadline.LAST_DAY)
	private Integer reportDay;

	@NotNull
	@Min(1)
	@Max(PostDeadline.LAST_DAY)
	private Integer conclusionDay;

	static DeadlineForm of(DueDays days, Integer version) {
		DeadlineForm f = new DeadlineForm();
		f.version = version;
		f.reportDay = days.report();
		f.conclusionDay = days.conclusion();
		return f;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public Integer getReportDay() {
		return reportDay;
	}

	public void setReportDay(Integer reportDay) {
		this.reportDay = reportDay;
	}

	public Integer getConclusionDay() {
		return conclusionDay;
	}

	public void setConclusionDay(Integer conclusionDay) {
		this.conclusionDay = conclusionDay;
	}

}
