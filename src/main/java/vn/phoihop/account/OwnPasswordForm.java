package vn.phoihop.account;

/** /me/password: the current password and the new one twice; none of them is ever shown again on the page. */
class OwnPasswordForm {

	private Integer version;

	private String currentPassword;

	private String newPassword;

	private String confirmation;

	public Integer getVersion() { return version; }
	public void setVersion(Integer version) { this.version = version; }
	public String getCurrentPassword() { return currentPassword; }
	public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
	public String getNewPassword() { return newPassword; }
	public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
	public String getConfirmation() { return confirmation; }
	public void setConfirmation(String confirmation) { this.confirmation = confirmation; }

}
