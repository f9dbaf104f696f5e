package io.servicedesk.support;

import java.util.concurrent.atomic.AtomicInteger;

import io.servicedesk.audit.AuditRecord;
import io.servicedesk.staff.NewStaffMember;
import io.servicedesk.staff.Role;
import io.servicedesk.staff.StaffProfile;
import io.servicedesk.staff.StaffService;
import io.servicedesk.staff.SupportedLanguage;
import io.servicedesk.staff.TeamService;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Creates staff members with unique usernames for tests that change a person's state
 * (language, lock-outs), so the shared database's demo logins stay as they are.
 */
public final class StaffMother {

	public static final String PASSWORD = "correct horse battery staple";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private StaffMother() {
	}

	public static StaffProfile agent(StaffService staff, PasswordEncoder encoder, String prefix) {
		return agent(staff, encoder, prefix, SupportedLanguage.EN);
	}

	public static StaffProfile agent(StaffService staff, PasswordEncoder encoder, String prefix,
			SupportedLanguage language) {
		return member(staff, encoder, prefix, Role.AGENT, "Logistics", language);
	}

	/** A member of the team with the role, their pages in English. */
	public static StaffProfile member(StaffService staff, PasswordEncoder encoder, String prefix, Role role,
			String team) {
		return member(staff, encoder, prefix, role, team, SupportedLanguage.EN);
	}

	private static StaffProfile member(StaffService staff, PasswordEncoder encoder, String prefix, Role role,
			String team, SupportedLanguage language) {
		String username = prefix + "-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
		return staff.addStaffMember(new NewStaffMember(username, "Test " + username, username + "@example.com",
				encoder.encode(PASSWORD), role, team, language), AuditRecord.SYSTEM);
	}

	/** A new team of its own, so what its members share is theirs alone. */
	public static String team(TeamService teams, String prefix) {
		String name = prefix + " " + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
		teams.create(name, null, "admin");
		return name;
	}

}
