package vn.phoihop.account;

/** A code from the authenticator app, or a recovery code; never shown again on the page that refuses it. */
class CodeForm {

	private Integer version;

	private String code;

	public Integer getVersion() { return version; }
	public void setVersion(Integer version) { this.version = version; }
	public String getCode() { return code; }
	public void setCode(String code) { this.code = code; }

}
