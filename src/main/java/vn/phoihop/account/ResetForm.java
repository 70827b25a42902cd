package vn.phoihop.account;

/** /password/reset: the link's token (hidden) and the new password twice, never shown again. */
class ResetForm {

	private String token;

	private String password;

	private String confirmation;

	public String getToken() { return token; }
	public void setToken(String token) { this.token = token; }
	public String getPassword() { return password; }
	public void setPassword(String password) { this.password = password; }
	public String getConfirmation() { return confirmation; }
	public void setConfirmation(String confirmation) { this.confirmation = confirmation; }

}
