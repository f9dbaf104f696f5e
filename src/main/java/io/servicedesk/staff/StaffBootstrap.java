package io.servicedesk.staff;

import java.util.List;

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
 * Makes sure somebody can sign in. With demo data on, an empty database gets the demo teams and logins
 * (password {@code demo}); a database that already has staff is left alone, so a restart never re-seeds.
 * Without demo data, the first administrator comes from the environment and the application refuses to
 * start without it: production has no default password.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StaffBootstrap implements ApplicationRunner {

	static final String DEMO_PASSWORD = "demo";

	static final List<String> DEMO_TEAMS = List.of("Front Desk", "Billing", "Logistics", "Complaints Desk");

	private static final Logger log = LoggerFactory.getLogger(StaffBootstrap.class);

	private final StaffService staffService;

	private final PasswordEncoder passwordEncoder;

	private final FirstAdminProperties firstAdmin;

	private final boolean demoData;

	StaffBootstrap(StaffService staffService, PasswordEncoder passwordEncoder, FirstAdminProperties firstAdmin,
			@Value("${servicedesk.demo-data.enabled:false}") boolean demoData) {
		this.staffService = staffService;
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
		String hash = passwordEncoder.encode(DEMO_PASSWORD);
		add("agent", "Anna Kowalska", "anna.kowalska@servicedesk.example", hash, Role.AGENT, "Front Desk",
				SupportedLanguage.EN);
		add("agent2", "Jonas Becker", "jonas.becker@servicedesk.example", hash, Role.AGENT, "Logistics",
				SupportedLanguage.DE);
		add("supervisor", "Liis Tamm", "liis.tamm@servicedesk.example", hash, Role.SUPERVISOR, "Front Desk",
				SupportedLanguage.EN);
		add("admin", "Mārtiņš Ozols", "martins.ozols@servicedesk.example", hash, Role.ADMIN, null,
				SupportedLanguage.EN);
		log.info("Demo staff created: agent, agent2, supervisor, admin (password '{}')", DEMO_PASSWORD);
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
		staffService.addStaffMember(new NewStaffMember(firstAdmin.username(), displayName, firstAdmin.email(),
				passwordEncoder.encode(firstAdmin.password()), Role.ADMIN, null, SupportedLanguage.EN),
				AuditRecord.SYSTEM);
		log.info("First administrator '{}' created from the environment", firstAdmin.username());
	}

}
