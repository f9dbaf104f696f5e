package io.servicedesk.staff;

import java.util.Optional;

import io.servicedesk.audit.AuditLog;
import io.servicedesk.audit.AuditRecord;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff module's public API: who works here, in which role and team, and in which language.
 */
@Service
public class StaffService {

	private final StaffRepository staff;

	private final TeamRepository teams;

	private final AuditLog auditLog;

	StaffService(StaffRepository staff, TeamRepository teams, AuditLog auditLog) {
		this.staff = staff;
		this.teams = teams;
		this.auditLog = auditLog;
	}

	@Transactional(readOnly = true)
	public Optional<StaffProfile> findProfile(String username) {
		return findMember(username).map(StaffProfile::of);
	}

	@Transactional(readOnly = true)
	public Optional<StaffCredentials> findCredentials(String username) {
		return findMember(username).map(StaffCredentials::of);
	}

	@Transactional(readOnly = true)
	public boolean hasActiveAdmin() {
		return staff.existsByRoleAndActiveTrue(Role.ADMIN);
	}

	@Transactional(readOnly = true)
	public boolean isEmpty() {
		return staff.count() == 0;
	}

	@Transactional
	public StaffProfile changeLanguage(String username, SupportedLanguage language, String actor) {
		StaffMember member = findMember(username).orElseThrow(() -> new StaffNotFoundException(username));
		SupportedLanguage before = member.getLanguage();
		if (before != language) {
			member.changeLanguage(language);
			auditLog.record(AuditRecord.of(actor, "staff.language-changed", "staff", member.getUsername())
				.change(before.tag(), language.tag()));
		}
		return StaffProfile.of(member);
	}

	@Transactional
	public StaffProfile addStaffMember(NewStaffMember request, String actor) {
		String username = StaffMember.normaliseUsername(request.username());
		if (staff.existsByUsername(username)) {
			throw new IllegalStateException("Username " + username + " is taken");
		}
		Team team = request.team() == null ? null : teams.findByName(request.team())
			.orElseGet(() -> createTeam(request.team(), actor));
		StaffMember member = staff.save(new StaffMember(username, request.displayName(), request.email(),
				request.passwordHash(), request.role(), team, request.language()));
		auditLog.record(AuditRecord.of(actor, "staff.created", "staff", member.getUsername())
			.change(null, "role=" + member.getRole() + ", team=" + request.team()));
		return StaffProfile.of(member);
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

}
