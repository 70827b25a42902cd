package vn.phoihop.privacy.request;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The detail page's one form for a move (extend, answer, refuse): the fields each move reads, and the version the page
 * was read at. The rules (a reason, at most 15 days, a date not before the request) are the request's own.
 */
public class RequestActionForm {

	private Integer version;

	private Integer days;

	@Size(max = 1000)
	private String reason;

	@Size(max = 4000)
	private String answer;

	@DateTimeFormat(pattern = "yyyy-MM-dd")
	private LocalDate answeredOn;

	public Integer getVersion() { return version; }
	public void setVersion(Integer version) { this.version = version; }
	public Integer getDays() { return days; }
	public void setDays(Integer days) { this.days = days; }
	public String getReason() { return reason; }
	public void setReason(String reason) { this.reason = reason; }
	public String getAnswer() { return answer; }
	public void setAnswer(String answer) { this.answer = answer; }
	public LocalDate getAnsweredOn() { return answeredOn; }
	public void setAnsweredOn(LocalDate answeredOn) { this.answeredOn = answeredOn; }

}
