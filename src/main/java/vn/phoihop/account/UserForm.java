package vn.phoihop.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.phoihop.shared.security.Role;

/** Create or edit a user: role and its scope; a password only when creating. */
class UserForm {

	private Long id;

	private Integer version;

	@NotBlank
	@Size(min = 3, max = 64)
	@Pattern(regexp = "[A-Za-z0-9._-]+", message = "{account.username.pattern}")
	private String username;

	@NotBlank
	@Size(max = 120)
	private String fullName;

	@NotNull
	private Role role;

	private Long postId;

	private Long communeId;

	private Long provinceId;

	/** The function in the post's Party committee (none: null); only for a role with a post. */
	private PartyFunction partyFunction;

	// the rules are PasswordRules' (AccountService.save), with their own messages
	private String password;

	static UserForm from(AppUser u) {
		UserForm f = new UserForm();
		f.id = u.getId();
		f.version = u.getVersion();
		f.username = u.getUsername();
		f.fullName = u.getFullName();
		f.role = u.getRole();
		f.postId = u.getPostId();
		f.communeId = u.getCommuneId();
		f.provinceId = u.getProvinceId();
		f.partyFunction = u.getPartyFunction();
		return f;
	}

	public boolean isNew() {
		return id == null;
	}

	public Long getId() { return id; }
	public void setId(Long id) { this.id = id; }
	public Integer getVersion() { return version; }
	public void setVersion(Integer version) { this.version = version; }
	public String getUsername() { return username; }
	public void setUsername(String username) { this.username = username; }
	public String getFullName() { return fullName; }
	public void setFullName(String fullName) { this.fullName = fullName; }
	public Role getRole() { return role; }
	public void setRole(Role role) { this.role = role; }
	public Long getPostId() { return postId; }
	public void setPostId(Long postId) { this.postId = postId; }
	public Long getCommuneId() { return communeId; }
	public void setCommuneId(Long communeId) { this.communeId = communeId; }
	public Long getProvinceId() { return provinceId; }
	public void setProvinceId(Long provinceId) { this.provinceId = provinceId; }
	public PartyFunction getPartyFunction() { return partyFunction; }
	public void setPartyFunction(PartyFunction partyFunction) { this.partyFunction = partyFunction; }
	public String getPassword() { return password; }
	public void setPassword(String password) { this.password = password; }

}
