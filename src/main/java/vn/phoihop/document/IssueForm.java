package vn.phoihop.document;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form that issues a committee's document (the agreement's page, the report's): the date printed and who signs.
 * The number is not typed: the register gives it. Strings arrive cleaned (WebConfig: blank is null).
 */
public class IssueForm {

	@DateTimeFormat(pattern = "yyyy-MM-dd")
	private LocalDate issuedOn;

	/** The username of who signs for the committee (null: the default, {@link CommitteeDocuments#byDefault}). */
	private String signer;

	public LocalDate getIssuedOn() {
		return issuedOn;
	}

	public void setIssuedOn(LocalDate issuedOn) {
		this.issuedOn = issuedOn;
	}

	public String getSigner() {
		return signer;
	}

	public void setSigner(String signer) {
		this.signer = signer;
	}

}
