package vn.phoihop.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** /me/email: a new address (or none, to remove it) and the current password; the password is never shown again. */
class EmailForm {

	/** Validation of the address: only when one is given (adding), not when removing. */
	interface Adding {
	}

	private Integer version;

	@NotBlank(groups = Adding.class, message = "{account.email.required}")
	@Email(groups = Adding.class, message = "{account.email.invalid}")
	@Size(max = 254, groups = Adding.class, message = "{account.email.invalid}")
	private String email;

	private String currentPassword;

	public Integer getVersion() { return version; }
	public void setVersion(Integer version) { this.version = version; }
	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email; }
	public String getCurrentPassword() { return currentPassword; }
	public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }

}
