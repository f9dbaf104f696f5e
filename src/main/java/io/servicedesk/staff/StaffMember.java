package io.servicedesk.staff;

import java.util.Locale;
import java.util.Objects;

import io.servicedesk.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A person who works at the desk. Staff are never deleted, only deactivated, so their history stays
 * attributed to them.
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

	void changeLanguage(SupportedLanguage language) {
		this.locale = language.tag();
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

}
