package io.servicedesk.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.servicedesk.audit.AuditLog;
import io.servicedesk.audit.AuditRecord;
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.shared.StaleVersionException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff module's public API: who works here, in which role and team, and in which
 * language; and the administration of staff. Every change is audited with its state
 * before and after.
 */
@Service
public class StaffService {

	/** A staff member as a profile, with the team's name, in one row. */
	private static final String PROFILES = """
			select s.username, s.display_name, s.email, s.role, t.name as team, s.team_id, s.locale, s.active,
			s.must_change_password, s.created_at, s.deactivated_at, s.version
			from staff s left join team t on t.id = s.team_id""";

	private final StaffRepository staff;

	private final TeamRepository teams;

	private final AuditLog auditLog;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final JdbcClient jdbc;

	StaffService(StaffRepository staff, TeamRepository teams, AuditLog auditLog, PasswordEncoder passwordEncoder,
			ApplicationEventPublisher events, Clock clock, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.staff = staff;
		this.teams = teams;
		this.auditLog = auditLog;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.clock = clock;
	}

	public Optional<StaffProfile> findProfile(String username) {
		if (username == null || username.isBlank()) {
			return Optional.empty();
		}
		// Read on every page (the viewer of a queue or a case): one row and its team's
		// name, without loading the member into the persistence context
		return jdbc.sql(PROFILES + " where s.username = ?")
			.param(StaffMember.normaliseUsername(username))
			.query(StaffService::profileRow)
			.optional();
	}

	private static StaffProfile profileRow(ResultSet row, int number) throws SQLException {
		Long teamId = row.getObject("team_id", Long.class);
		OffsetDateTime deactivatedAt = row.getObject("deactivated_at", OffsetDateTime.class);
		return new StaffProfile(row.getString("username"), row.getString("display_name"), row.getString("email"),
				Role.valueOf(row.getString("role")), row.getString("team"), teamId,
				SupportedLanguage.fromTag(row.getString("locale")).orElse(SupportedLanguage.fallback()),
				row.getBoolean("active"), row.getBoolean("must_change_password"),
				row.getObject("created_at", OffsetDateTime.class).toInstant(),
				deactivatedAt == null ? null : deactivatedAt.toInstant(), row.getLong("version"));
	}

	public StaffProfile profile(String username) {
		return findProfile(username).orElseThrow(() -> new StaffNotFoundException(username));
	}

	@Transactional(readOnly = true)
	public Optional<StaffCredentials> findCredentials(String username) {
		return findMember(username).map(StaffCredentials::of);
	}

	/**
	 * The username of the staff member with this e-mail address (any case), if exactly
	 * one has it.
	 */
	@Transactional(readOnly = true)
	public Optional<String> findUsernameByEmail(String email) {
		if (email == null || email.isBlank()) {
			return Optional.empty();
		}
		List<String> usernames = staff.findByEmailIgnoreCase(email.strip())
			.stream()
			.map(StaffMember::getUsername)
			.toList();
		return usernames.size() == 1 ? Optional.of(usernames.get(0)) : Optional.empty();
	}

	@Transactional(readOnly = true)
	public boolean hasActiveAdmin() {
		return staff.existsByRoleAndActiveTrue(Role.ADMIN);
	}

	@Transactional(readOnly = true)
	public boolean isEmpty() {
		return staff.count() == 0;
	}

	/** One page of the staff list, by name. */
	@Transactional(readOnly = true)
	public Page<StaffProfile> search(StaffSearch search, int page, int size) {
		PageRequest request = PageRequest.of(Math.max(page, 0), size, Sort.by("displayName", "username"));
		return staff.findAll(search.toSpecification(null), request).map(StaffProfile::of);
	}

	/**
	 * Up to {@code limit} staff members after the given username, by username (keyset
	 * paging for the API).
	 */
	@Transactional(readOnly = true)
	public List<StaffProfile> list(StaffSearch search, String afterUsername, int limit) {
		PageRequest request = PageRequest.of(0, limit, Sort.by("username"));
		return staff.findAll(search.toSpecification(afterUsername), request).map(StaffProfile::of).getContent();
	}

	/** Active staff by name, for choosing a team lead. */
	public List<StaffProfile> activeStaff() {
		// The assignment lists of the case pages and queues: rows, not members loaded
		// into
		// the persistence context
		return jdbc.sql(PROFILES + " where s.active order by s.display_name, s.username")
			.query(StaffService::profileRow)
			.list();
	}

	/** The staff member's own time zone, if they chose one. */
	@Transactional(readOnly = true)
	public Optional<ZoneId> timeZone(String username) {
		return staff.findByUsername(StaffMember.normaliseUsername(username)).flatMap(StaffMember::getTimeZone);
	}

	/** A time zone of the person's own ({@code null}: the desk's calendar zone). */
	@Transactional
	public void changeTimeZone(String username, ZoneId zone, String actor) {
		StaffMember member = require(username);
		String before = member.getTimeZone().map(ZoneId::getId).orElse(null);
		String after = zone == null ? null : zone.getId();
		if (!Objects.equals(before, after)) {
			member.changeTimeZone(zone);
			auditLog.record(AuditRecord.of(actor, "staff.time-zone-changed", "staff", member.getUsername())
				.change(before, after));
		}
	}

	@Transactional
	public StaffProfile changeLanguage(String username, SupportedLanguage language, String actor) {
		StaffMember member = require(username);
		SupportedLanguage before = member.getLanguage();
		if (before != language) {
			member.changeLanguage(language);
			auditLog.record(AuditRecord.of(actor, "staff.language-changed", "staff", member.getUsername())
				.change(before.tag(), language.tag()));
		}
		return StaffProfile.of(member);
	}

	/**
	 * Adds a person whose password is already hashed (demo data and the first
	 * administrator).
	 */
	@Transactional
	public StaffProfile addStaffMember(NewStaffMember request, String actor) {
		String username = StaffMember.normaliseUsername(request.username());
		requireFreeUsername(username);
		Team team = request.team() == null ? null
				: teams.findByName(request.team()).orElseGet(() -> createTeam(request.team(), actor));
		StaffMember member = staff.save(new StaffMember(username, request.displayName(), request.email(),
				request.passwordHash(), request.role(), team, request.language()));
		auditLog.record(
				AuditRecord.of(actor, "staff.created", "staff", member.getUsername()).change(null, describe(member)));
		return StaffProfile.of(member);
	}

	/**
	 * An administrator adds a person with a temporary password that must be changed at
	 * the first sign-in.
	 */
	@Transactional
	public StaffProfile create(NewStaffAccount request, String actor) {
		String username = StaffMember.normaliseUsername(request.username());
		requireFreeUsername(username);
		PasswordPolicy.standard().require(request.temporaryPassword());
		Team team = teamForMember(request.team());
		StaffMember member = staff
			.save(StaffMember.withTemporaryPassword(username, request.displayName(), blankToNull(request.email()),
					passwordEncoder.encode(request.temporaryPassword()), request.role(), team, request.language()));
		auditLog.record(
				AuditRecord.of(actor, "staff.created", "staff", member.getUsername()).change(null, describe(member)));
		return StaffProfile.of(member);
	}

	@Transactional
	public StaffProfile update(String username, StaffChanges changes, String actor) {
		StaffMember member = require(username);
		if (changes.expectedVersion() != null && changes.expectedVersion() != member.getVersion()) {
			throw new StaleVersionException(member.getUsername());
		}
		String before = describe(member);
		Role roleBefore = member.getRole();
		if (changes.role() != roleBefore) {
			member.changeRole(changes.role(), activeAdminCount(member));
		}
		member.changeContactDetails(changes.displayName(), changes.email());
		member.moveToTeam(teamForMember(changes.team()));
		member.changeLanguage(changes.language());
		String after = describe(member);
		if (!before.equals(after)) {
			staff.flush();
			auditLog
				.record(AuditRecord.of(actor, "staff.updated", "staff", member.getUsername()).change(before, after));
		}
		if (member.getRole() != roleBefore) {
			events.publishEvent(new StaffAccessChanged(member.getUsername(), StaffAccessChanged.Reason.ROLE_CHANGED));
		}
		return StaffProfile.of(member);
	}

	@Transactional
	public StaffProfile deactivate(String username, String actor) {
		StaffMember member = require(username);
		if (actor != null && member.getUsername().equals(actor)) {
			throw new RuleViolationException("staff.deactivate-self");
		}
		member.deactivate(activeAdminCount(member), clock.instant());
		staff.flush();
		auditLog.record(
				AuditRecord.of(actor, "staff.deactivated", "staff", member.getUsername()).change("active", "inactive"));
		events.publishEvent(new StaffAccessChanged(member.getUsername(), StaffAccessChanged.Reason.DEACTIVATED));
		return StaffProfile.of(member);
	}

	@Transactional
	public StaffProfile reactivate(String username, String actor) {
		StaffMember member = require(username);
		member.reactivate();
		staff.flush();
		auditLog.record(
				AuditRecord.of(actor, "staff.reactivated", "staff", member.getUsername()).change("inactive", "active"));
		return StaffProfile.of(member);
	}

	/**
	 * An administrator sets a new temporary password; the person must change it at the
	 * next sign-in.
	 */
	@Transactional
	public StaffProfile resetPassword(String username, String temporaryPassword, String actor) {
		StaffMember member = require(username);
		PasswordPolicy.standard().require(temporaryPassword);
		member.resetPassword(passwordEncoder.encode(temporaryPassword));
		staff.flush();
		auditLog.record(AuditRecord.of(actor, "staff.password-reset", "staff", member.getUsername()));
		events.publishEvent(new StaffAccessChanged(member.getUsername(), StaffAccessChanged.Reason.PASSWORD_RESET));
		return StaffProfile.of(member);
	}

	/**
	 * A person changes their own password, proving who they are with the current one.
	 */
	@Transactional
	public void changeOwnPassword(String username, String currentPassword, String newPassword) {
		StaffMember member = require(username);
		if (currentPassword == null || !passwordEncoder.matches(currentPassword, member.getPasswordHash())) {
			throw new RuleViolationException("password.current-wrong");
		}
		PasswordPolicy.standard().require(newPassword);
		if (passwordEncoder.matches(newPassword, member.getPasswordHash())) {
			throw new RuleViolationException("password.unchanged");
		}
		member.changePassword(passwordEncoder.encode(newPassword));
		auditLog.record(AuditRecord.of(member.getUsername(), "staff.password-changed", "staff", member.getUsername()));
	}

	StaffMember require(String username) {
		return findMember(username).orElseThrow(() -> new StaffNotFoundException(username));
	}

	private long activeAdminCount(StaffMember member) {
		return member.isActiveAdmin() ? staff.lockActiveAdmins().size() : 0;
	}

	private void requireFreeUsername(String username) {
		if (staff.existsByUsername(username)) {
			throw new RuleViolationException("staff.username-taken", username);
		}
	}

	private Team teamForMember(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		return teams.findByName(name.strip()).orElseThrow(() -> new RuleViolationException("team.unknown", name));
	}

	private Team createTeam(String name, String actor) {
		Team team = teams.save(new Team(name));
		auditLog.record(AuditRecord.of(actor, "team.created", "team", team.getName()));
		return team;
	}

	private Optional<StaffMember> findMember(String username) {
		if (username == null || username.isBlank()) {
			return Optional.empty();
		}
		return staff.findByUsername(StaffMember.normaliseUsername(username));
	}

	static String describe(StaffMember member) {
		return "name=" + member.getDisplayName() + "; email=" + Objects.toString(member.getEmail(), "") + "; role="
				+ member.getRole() + "; team=" + (member.getTeam() == null ? "" : member.getTeam().getName())
				+ "; language=" + member.getLanguage().tag();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
