package io.servicedesk.staff;

import java.util.List;
import java.util.Map;

import io.servicedesk.audit.AuditRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Makes sure somebody can sign in. With demo data on, an empty database gets the demo
 * teams and logins (password {@code demo}); a database that already has staff is left
 * alone, so a restart never re-seeds. Without demo data, the first administrator comes
 * from the environment and the application refuses to start without it: production has no
 * default password.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StaffBootstrap implements ApplicationRunner {

	static final String DEMO_PASSWORD = "demo";

	static final List<String> DEMO_TEAMS = List.of("Front Desk", "Billing", "Logistics", "Complaints Desk", "Accounts");

	/**
	 * More demo staff, from the desk's five countries, so lists, filters and teams have
	 * something to show.
	 */
	static final List<DemoPerson> DEMO_STAFF = List.of(
			new DemoPerson("kwisniewska", "Katarzyna Wiśniewska", Role.AGENT, "Billing", SupportedLanguage.PL),
			new DemoPerson("tzielinski", "Tomasz Zieliński", Role.SUPERVISOR, "Complaints Desk", SupportedLanguage.PL),
			new DemoPerson("mlewandowska", "Magdalena Lewandowska", Role.AGENT, "Accounts", SupportedLanguage.PL),
			new DemoPerson("lschmidt", "Lena Schmidt", Role.AGENT, "Front Desk", SupportedLanguage.DE),
			new DemoPerson("mwagner", "Matthias Wagner", Role.SUPERVISOR, "Logistics", SupportedLanguage.DE),
			new DemoPerson("shoffmann", "Sabine Hoffmann", Role.AGENT, "Complaints Desk", SupportedLanguage.DE),
			new DemoPerson("ksaar", "Kadri Saar", Role.AGENT, "Front Desk", SupportedLanguage.ET),
			new DemoPerson("rkask", "Rasmus Kask", Role.AGENT, "Accounts", SupportedLanguage.ET),
			new DemoPerson("tmagi", "Triin Mägi", Role.SUPERVISOR, "Billing", SupportedLanguage.ET),
			new DemoPerson("ekalnina", "Elīna Kalniņa", Role.AGENT, "Billing", SupportedLanguage.LV),
			new DemoPerson("aberzins", "Andris Bērziņš", Role.AGENT, "Logistics", SupportedLanguage.LV),
			new DemoPerson("iliepina", "Ieva Liepiņa", Role.SUPERVISOR, "Accounts", SupportedLanguage.LV),
			new DemoPerson("obennett", "Oliver Bennett", Role.AGENT, "Complaints Desk", SupportedLanguage.EN),
			new DemoPerson("chughes", "Charlotte Hughes", Role.SUPERVISOR, "Front Desk", SupportedLanguage.EN),
			new DemoPerson("pshah", "Priya Shah", Role.ADMIN, null, SupportedLanguage.EN),
			new DemoPerson("gevans", "Gareth Evans", Role.AGENT, "Logistics", SupportedLanguage.EN));

	/**
	 * The demo person who has left the desk: deactivated, so the lists show what that
	 * looks like.
	 */
	static final String DEMO_LEAVER = "gevans";

	static final Map<String, String> DEMO_TEAM_LEADS = Map.of("Front Desk", "supervisor", "Billing", "tmagi",
			"Logistics", "mwagner", "Complaints Desk", "tzielinski", "Accounts", "iliepina");

	record DemoPerson(String username, String name, Role role, String team, SupportedLanguage language) {

		String email() {
			return username + "@servicedesk.example";
		}

	}

	private static final Logger log = LoggerFactory.getLogger(StaffBootstrap.class);

	private final StaffService staffService;

	private final TeamService teamService;

	private final PasswordEncoder passwordEncoder;

	private final FirstAdminProperties firstAdmin;

	private final boolean demoData;

	StaffBootstrap(StaffService staffService, TeamService teamService, PasswordEncoder passwordEncoder,
			FirstAdminProperties firstAdmin, @Value("${servicedesk.demo-data.enabled:false}") boolean demoData) {
		this.staffService = staffService;
		this.teamService = teamService;
		this.passwordEncoder = passwordEncoder;
		this.firstAdmin = firstAdmin;
		this.demoData = demoData;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (demoData) {
			seedDemoStaff();
		}
		else if (!staffService.hasActiveAdmin()) {
			createFirstAdmin();
		}
	}

	private void seedDemoStaff() {
		if (!staffService.isEmpty()) {
			return;
		}
		DEMO_TEAMS.forEach(team -> teamService.create(team, null, AuditRecord.SYSTEM));
		String hash = passwordEncoder.encode(DEMO_PASSWORD);
		add("agent", "Anna Kowalska", "anna.kowalska@servicedesk.example", hash, Role.AGENT, "Front Desk",
				SupportedLanguage.EN);
		add("agent2", "Jonas Becker", "jonas.becker@servicedesk.example", hash, Role.AGENT, "Logistics",
				SupportedLanguage.DE);
		add("supervisor", "Liis Tamm", "liis.tamm@servicedesk.example", hash, Role.SUPERVISOR, "Front Desk",
				SupportedLanguage.EN);
		add("admin", "Mārtiņš Ozols", "martins.ozols@servicedesk.example", hash, Role.ADMIN, null,
				SupportedLanguage.EN);
		for (DemoPerson person : DEMO_STAFF) {
			add(person.username(), person.name(), person.email(), hash, person.role(), person.team(),
					person.language());
		}
		staffService.deactivate(DEMO_LEAVER, AuditRecord.SYSTEM);
		DEMO_TEAM_LEADS
			.forEach((team, lead) -> teamService.update(teamService.idOf(team), team, lead, null, AuditRecord.SYSTEM));
		log.info("Demo staff created: agent, agent2, supervisor, admin and {} more (password '{}')", DEMO_STAFF.size(),
				DEMO_PASSWORD);
	}

	private void add(String username, String name, String email, String hash, Role role, String team,
			SupportedLanguage language) {
		staffService.addStaffMember(new NewStaffMember(username, name, email, hash, role, team, language),
				AuditRecord.SYSTEM);
	}

	private void createFirstAdmin() {
		if (!firstAdmin.isComplete()) {
			throw new IllegalStateException("No active administrator exists and no first administrator is configured. "
					+ "Set SERVICEDESK_ADMIN_USERNAME and SERVICEDESK_ADMIN_PASSWORD (at least "
					+ FirstAdminProperties.MIN_PASSWORD_LENGTH + " characters) and start again.");
		}
		if (firstAdmin.password().length() < FirstAdminProperties.MIN_PASSWORD_LENGTH) {
			throw new IllegalStateException("SERVICEDESK_ADMIN_PASSWORD must have at least "
					+ FirstAdminProperties.MIN_PASSWORD_LENGTH + " characters.");
		}
		String displayName = firstAdmin.displayName() == null || firstAdmin.displayName().isBlank()
				? firstAdmin.username() : firstAdmin.displayName();
		staffService.addStaffMember(
				new NewStaffMember(firstAdmin.username(), displayName, firstAdmin.email(),
						passwordEncoder.encode(firstAdmin.password()), Role.ADMIN, null, SupportedLanguage.EN),
				AuditRecord.SYSTEM);
		log.info("First administrator '{}' created from the environment", firstAdmin.username());
	}

}
