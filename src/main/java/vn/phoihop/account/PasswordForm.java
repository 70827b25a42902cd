package vn.phoihop.account;

/** The administrator's reset of a user's password; the rules are PasswordRules' (checked by AccountService). */
class PasswordForm {

	private Integer version;

	private String password;

	public Integer getVersion() { return version; }
	public void setVersion(Integer version) { this.version = version; }
	public String getPassword() { return password; }
	public void setPassword(String password) { this.password = password; }

}
