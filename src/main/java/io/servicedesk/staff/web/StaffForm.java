package io.servicedesk.staff.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.servicedesk.staff.AcceptablePassword;
import io.servicedesk.staff.NewStaffAccount;
import io.servicedesk.staff.Role;
import io.servicedesk.staff.StaffChanges;
import io.servicedesk.staff.StaffProfile;
import io.servicedesk.staff.SupportedLanguage;

/**
 * The staff form of the administration, for adding a person ({@link Create}) and editing
 * one ({@link Edit}). One template serves both; username and temporary password only
 * exist when adding.
 */
abstract class StaffForm {

	static final String USERNAME_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{1,63}";

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.too-long}")
	private String displayName;

	@Email(message = "{validation.email}")
	@Size(max = 320, message = "{validation.too-long}")
	private String email;

	@NotNull(message = "{validation.required}")
	private Role role = Role.AGENT;

	private String team;

	@NotNull(message = "{validation.required}")
	private SupportedLanguage language = SupportedLanguage.EN;

	abstract boolean isCreating();

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public String getTeam() {
		return team;
	}

	public void setTeam(String team) {
		this.team = team;
	}

	public SupportedLanguage getLanguage() {
		return language;
	}

	public void setLanguage(SupportedLanguage language) {
		this.language = language;
	}

	static class Create extends StaffForm {

		@NotBlank(message = "{validation.required}")
		@Pattern(regexp = USERNAME_PATTERN, message = "{staff.username.invalid}")
		private String username;

		@NotBlank(message = "{validation.required}")
		@AcceptablePassword
		private String temporaryPassword;

		@Override
		boolean isCreating() {
			return true;
		}

		NewStaffAccount toAccount() {
			return new NewStaffAccount(username, getDisplayName(), getEmail(), getRole(), getTeam(), getLanguage(),
					temporaryPassword);
		}

		public String getUsername() {
			return username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

		public String getTemporaryPassword() {
			return temporaryPassword;
		}

		public void setTemporaryPassword(String temporaryPassword) {
			this.temporaryPassword = temporaryPassword;
		}

	}

	static class Edit extends StaffForm {

		private Long version;

		static Edit from(StaffProfile profile) {
			Edit form = new Edit();
			form.setDisplayName(profile.displayName());
			form.setEmail(profile.email());
			form.setRole(profile.role());
			form.setTeam(profile.team());
			form.setLanguage(profile.language());
			form.version = profile.version();
			return form;
		}

		@Override
		boolean isCreating() {
			return false;
		}

		StaffChanges toChanges() {
			return new StaffChanges(getDisplayName(), getEmail(), getRole(), getTeam(), getLanguage(), version);
		}

		public Long getVersion() {
			return version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

	}

	static class ResetPassword {

		@NotBlank(message = "{validation.required}")
		@AcceptablePassword
		private String temporaryPassword;

		public String getTemporaryPassword() {
			return temporaryPassword;
		}

		public void setTemporaryPassword(String temporaryPassword) {
			this.temporaryPassword = temporaryPassword;
		}

	}

}
