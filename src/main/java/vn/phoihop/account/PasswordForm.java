package vn.phoihop.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

class PasswordForm {

	private Integer version;

	@NotBlank
	@Size(min = 8, max = 72)
	private String password;

	public Integer getVersion() { return version; }
	public void setVersion(Integer version) { this.version = version; }
	public String getPassword() { return password; }
	public void setPassword(String password) { this.password = password; }

}
