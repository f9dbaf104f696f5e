package io.servicedesk.security;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import io.servicedesk.audit.AuditLog;
import io.servicedesk.audit.AuditRecord;
import io.servicedesk.staff.NewStaffMember;
import io.servicedesk.staff.Role;
import io.servicedesk.staff.StaffChanges;
import io.servicedesk.staff.StaffCredentials;
import io.servicedesk.staff.StaffProfile;
import io.servicedesk.staff.StaffService;
import io.servicedesk.staff.SupportedLanguage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Finds the staff member an OpenID Connect sign-in is for: by the identity (issuer and
 * subject) linked at their first such sign-in, otherwise by the configured claim (e-mail
 * or username), then links it. Role and team follow the configured claims where there are
 * some. An unknown person is refused — or added, where the setting says so.
 */
class StaffOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService delegate = new OidcUserService();

	private final StaffService staffService;

	private final SsoProperties properties;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditLog auditLog;

	private final PasswordEncoder passwordEncoder;

	private final SecureRandom random = new SecureRandom();

	StaffOidcUserService(StaffService staffService, SsoProperties properties, JdbcClient jdbc, Clock clock,
			AuditLog auditLog, PasswordEncoder passwordEncoder) {
		this.staffService = staffService;
		this.properties = properties;
		this.jdbc = jdbc;
		this.clock = clock;
		this.auditLog = auditLog;
		this.passwordEncoder = passwordEncoder;
	}

	/** Not one transaction: a refusal stays in the audit log. */
	@Override
	public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
		OidcUser oidc = delegate.loadUser(request);
		String issuer = String.valueOf(oidc.getIdToken().getIssuer());
		String subject = oidc.getSubject();
		Object matchValue = oidc.getClaims().get(properties.matchClaim());
		String identity = matchValue == null ? subject : String.valueOf(matchValue);
		String username = linkedUsername(issuer, subject).or(() -> matched(matchValue)).orElse(null);
		if (username == null && properties.provision() && matchValue != null) {
			username = provision(oidc, String.valueOf(matchValue));
		}
		StaffCredentials credentials = username == null ? null
				: staffService.findCredentials(username).filter(StaffCredentials::active).orElse(null);
		if (credentials == null) {
			auditLog.record(AuditRecord.of(identity, "security.sso-refused", "staff", identity).change(null, issuer));
			throw new SsoRefusedException(identity);
		}
		link(issuer, subject, credentials.username());
		credentials = followClaims(oidc, credentials);
		return new SsoStaffUser(credentials, oidc.getIdToken(), oidc.getUserInfo());
	}

	private Optional<String> linkedUsername(String issuer, String subject) {
		return jdbc.sql("select staff_username from staff_sso_identity where issuer = :issuer and subject = :subject")
			.param("issuer", issuer)
			.param("subject", subject)
			.query(String.class)
			.optional();
	}

	private Optional<String> matched(Object value) {
		if (value == null) {
			return Optional.empty();
		}
		String text = String.valueOf(value).strip();
		if ("username".equals(properties.matchBy())) {
			return staffService.findCredentials(text.toLowerCase(Locale.ROOT)).map(StaffCredentials::username);
		}
		return staffService.findUsernameByEmail(text);
	}

	private void link(String issuer, String subject, String username) {
		jdbc.sql("""
				insert into staff_sso_identity (issuer, subject, staff_username, linked_at, last_sign_in_at)
				values (:issuer, :subject, :username, :now, :now)
				on conflict (issuer, subject) do update set last_sign_in_at = excluded.last_sign_in_at
				""")
			.param("issuer", issuer)
			.param("subject", subject)
			.param("username", username)
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	private String provision(OidcUser oidc, String matchValue) {
		String email = oidc.getEmail() != null ? oidc.getEmail() : matchValue.contains("@") ? matchValue : null;
		String base = (oidc.getPreferredUsername() != null ? oidc.getPreferredUsername()
				: email != null ? email.substring(0, email.indexOf('@')) : matchValue)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9._-]", "");
		String username = base.isEmpty() ? "sso" : base.substring(0, Math.min(base.length(), 50));
		for (int i = 2; staffService.findCredentials(username).isPresent(); i++) {
			username = base + i;
		}
		byte[] unusable = new byte[32];
		random.nextBytes(unusable);
		String name = oidc.getFullName() != null ? oidc.getFullName() : username;
		Role role = roleFrom(oidc).orElse(Role.AGENT);
		StaffProfile created = staffService.addStaffMember(
				new NewStaffMember(username, name, email, passwordEncoder.encode(HexFormat.of().formatHex(unusable)),
						role, teamFrom(oidc).orElse(null), SupportedLanguage.EN),
				"sso");
		auditLog.record(AuditRecord.of("sso", "security.sso-provisioned", "staff", created.username())
			.change(null, role.name()));
		return created.username();
	}

	private StaffCredentials followClaims(OidcUser oidc, StaffCredentials credentials) {
		Optional<Role> role = roleFrom(oidc);
		Optional<String> team = teamFrom(oidc);
		if (role.isEmpty() && team.isEmpty()) {
			return credentials;
		}
		StaffProfile profile = staffService.profile(credentials.username());
		StaffChanges changes = StaffChanges.from(profile);
		if (role.isPresent() && role.get() != profile.role()) {
			changes = changes.withRole(role.get());
		}
		if (team.isPresent() && !team.get().equals(profile.team())) {
			changes = changes.withTeam(team.get());
		}
		if (!changes.equals(StaffChanges.from(profile))) {
			try {
				staffService.update(credentials.username(), changes, "sso");
			}
			catch (RuntimeException refused) {
				// e.g. a team the product does not have, or the last administrator: what
				// the
				// product keeps stays
				auditLog.record(AuditRecord.of("sso", "security.sso-claims-refused", "staff", credentials.username())
					.change(null, refused.getClass().getSimpleName()));
			}
		}
		return staffService.findCredentials(credentials.username()).orElse(credentials);
	}

	private Optional<Role> roleFrom(OidcUser oidc) {
		if (properties.roleClaim().isEmpty()) {
			return Optional.empty();
		}
		Object claim = oidc.getClaims().get(properties.roleClaim());
		Collection<?> values = claim instanceof Collection<?> many ? many
				: claim == null ? java.util.List.of() : java.util.List.of(claim);
		return values.stream()
			.map(value -> properties.roles().get(String.valueOf(value)))
			.filter(java.util.Objects::nonNull)
			.max(Enum::compareTo);
	}

	private Optional<String> teamFrom(OidcUser oidc) {
		if (properties.teamClaim().isEmpty()) {
			return Optional.empty();
		}
		Object claim = oidc.getClaims().get(properties.teamClaim());
		return claim == null || String.valueOf(claim).isBlank() ? Optional.empty()
				: Optional.of(String.valueOf(claim).strip());
	}

}
