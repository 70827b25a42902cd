package vn.phoihop.privacy.request;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** Recording a request: whose household, what is asked, by whom, when it was received. */
public class RequestForm {

	@NotNull(message = "{privacy.request.err.household}")
	private Long householdId;

	@NotNull
	private RequestKind kind;

	@NotBlank
	@Size(max = 120)
	private String requesterName;

	@Size(max = 120)
	private String personName;

	@Size(max = 2000)
	private String details;

	@NotNull
	@DateTimeFormat(pattern = "yyyy-MM-dd")
	private LocalDate receivedOn;

	public Long getHouseholdId() { return householdId; }
	public void setHouseholdId(Long householdId) { this.householdId = householdId; }
	public RequestKind getKind() { return kind; }
	public void setKind(RequestKind kind) { this.kind = kind; }
	public String getRequesterName() { return requesterName; }
	public void setRequesterName(String requesterName) { this.requesterName = requesterName; }
	public String getPersonName() { return personName; }
	public void setPersonName(String personName) { this.personName = personName; }
	public String getDetails() { return details; }
	public void setDetails(String details) { this.details = details; }
	public LocalDate getReceivedOn() { return receivedOn; }
	public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }

}
