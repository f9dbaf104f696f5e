package io.servicedesk.staff;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

import io.servicedesk.shared.BaseEntity;
import io.servicedesk.shared.IllegalTransitionException;
import io.servicedesk.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A person who works at the desk. Staff are never deleted, only deactivated, so their
 * history stays attributed to them.
 */
@Entity
@Table(name = "staff")
public class StaffMember extends BaseEntity {

	@Column(nullable = false, unique = true, length = 64)
	private String username;

	@Column(name = "display_name", nullable = false, length = 200)
	private String displayName;

	@Column(length = 320)
	private String email;

	@Column(name = "password_hash", nullable = false, length = 200)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Role role;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "team_id")
	private Team team;

	@Column(nullable = false)
	private boolean active = true;

	@Column(nullable = false, length = 8)
	private String locale;

	@Column(name = "must_change_password", nullable = false)
	private boolean mustChangePassword;

	@Column(name = "deactivated_at")
	private Instant deactivatedAt;

	@Column(name = "time_zone", length = 64)
	private String timeZone;

	protected StaffMember() {
	}

	StaffMember(String username, String displayName, String email, String passwordHash, Role role, Team team,
			SupportedLanguage language) {
		this.username = normaliseUsername(username);
		this.displayName = Objects.requireNonNull(displayName, "displayName").strip();
		this.email = email;
		this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
		this.role = Objects.requireNonNull(role, "role");
		this.team = team;
		this.locale = language.tag();
	}

	public static String normaliseUsername(String username) {
		if (username == null || username.isBlank()) {
			throw new IllegalArgumentException("A staff member needs a username");
		}
		return username.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * A person added by an administrator signs in with a temporary password and must
	 * choose their own first.
	 */
	static StaffMember withTemporaryPassword(String username, String displayName, String email,
			String temporaryPasswordHash, Role role, Team team, SupportedLanguage language) {
		StaffMember member = new StaffMember(username, displayName, email, temporaryPasswordHash, role, team, language);
		member.mustChangePassword = true;
		return member;
	}

	/** The zone the person reads and picks times in; {@code null}: the desk's. */
	void changeTimeZone(java.time.ZoneId zone) {
		this.timeZone = zone == null ? null : zone.getId();
	}

	public java.util.Optional<java.time.ZoneId> getTimeZone() {
		return timeZone == null ? java.util.Optional.empty() : java.util.Optional.of(java.time.ZoneId.of(timeZone));
	}

	void changeLanguage(SupportedLanguage language) {
		this.locale = Objects.requireNonNull(language, "language").tag();
	}

	void changeContactDetails(String displayName, String email) {
		if (displayName == null || displayName.isBlank()) {
			throw new IllegalArgumentException("A staff member needs a name");
		}
		this.displayName = displayName.strip();
		this.email = email == null || email.isBlank() ? null : email.strip();
	}

	/**
	 * Gives the person another role. Taking the administrator role from the last active
	 * administrator is refused, so somebody can always administer the desk.
	 * @param activeAdmins how many active administrators there are now, this person
	 * included
	 */
	void changeRole(Role newRole, long activeAdmins) {
		Objects.requireNonNull(newRole, "role");
		if (newRole == role) {
			return;
		}
		if (isActiveAdmin() && activeAdmins <= 1) {
			throw new RuleViolationException("staff.last-admin.demote", username);
		}
		this.role = newRole;
	}

	void moveToTeam(Team newTeam) {
		if (newTeam != null && newTeam != team && newTeam.isArchived()) {
			throw new RuleViolationException("team.archived.no-new-members", newTeam.getName());
		}
		this.team = newTeam;
	}

	/**
	 * Ends the person's access. Their history stays attributed to them; the last active
	 * administrator cannot be deactivated.
	 * @param activeAdmins how many active administrators there are now, this person
	 * included
	 */
	void deactivate(long activeAdmins, Instant at) {
		if (!active) {
			throw new IllegalTransitionException("staff.already-inactive", username);
		}
		if (isActiveAdmin() && activeAdmins <= 1) {
			throw new RuleViolationException("staff.last-admin.deactivate", username);
		}
		this.active = false;
		this.deactivatedAt = at;
	}

	void reactivate() {
		if (active) {
			throw new IllegalTransitionException("staff.already-active", username);
		}
		this.active = true;
		this.deactivatedAt = null;
	}

	/**
	 * An administrator sets a temporary password; the person must replace it at their
	 * next sign-in.
	 */
	void resetPassword(String temporaryPasswordHash) {
		this.passwordHash = Objects.requireNonNull(temporaryPasswordHash, "passwordHash");
		this.mustChangePassword = true;
	}

	/** The person chose their own password. */
	void changePassword(String newPasswordHash) {
		this.passwordHash = Objects.requireNonNull(newPasswordHash, "passwordHash");
		this.mustChangePassword = false;
	}

	boolean isActiveAdmin() {
		return active && role == Role.ADMIN;
	}

	public String getUsername() {
		return username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getEmail() {
		return email;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	public Role getRole() {
		return role;
	}

	public Team getTeam() {
		return team;
	}

	public boolean isActive() {
		return active;
	}

	public SupportedLanguage getLanguage() {
		return SupportedLanguage.fromTag(locale).orElse(SupportedLanguage.fallback());
	}

	public boolean isMustChangePassword() {
		return mustChangePassword;
	}

	public Instant getDeactivatedAt() {
		return deactivatedAt;
	}

}
