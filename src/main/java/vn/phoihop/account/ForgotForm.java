package vn.phoihop.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** /password/forgot: a username or a confirmed e-mail address. */
class ForgotForm {

	@NotBlank(message = "{password.forgot.required}")
	@Size(max = 254, message = "{password.forgot.required}")
	private String identifier;

	public String getIdentifier() { return identifier; }
	public void setIdentifier(String identifier) { this.identifier = identifier; }

}
