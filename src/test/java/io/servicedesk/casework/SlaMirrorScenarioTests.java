package io.servicedesk.casework;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.servicedesk.account.AccountService;
import io.servicedesk.attachment.Attachments;
import io.servicedesk.audit.AuditLog;
import io.servicedesk.client.ClientService;
import io.servicedesk.correspondence.Correspondence;
import io.servicedesk.notification.NewNotification;
import io.servicedesk.notification.Notifications;
import io.servicedesk.order.OrderService;
import io.servicedesk.shared.StaffTimeZone;
import io.servicedesk.sla.BusinessHoursAdministration;
import io.servicedesk.sla.CaseKind;
import io.servicedesk.sla.SlaAtRisk;
import io.servicedesk.sla.SlaBreached;
import io.servicedesk.sla.SlaClocks;
import io.servicedesk.sla.SlaPolicyAdministration;
import io.servicedesk.sla.SlaTarget;
import io.servicedesk.staff.StaffService;
import io.servicedesk.staff.TeamDirectory;
import io.servicedesk.survey.Surveys;
import io.servicedesk.support.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;

/**
 * The casework module on its own (Spring Modulith's module test) on the test PostgreSQL:
 * the SLA module's announcements reach the case row, its timeline and the person who has
 * the case through {@code SlaMirror}, after the announcing transaction commits. The
 * modules casework uses are mocked (the shared module's clock is the real one); the SLA
 * events are published as the breach job publishes them.
 */
@ApplicationModuleTest(extraIncludes = "shared")
@Import(TestDatabaseConfiguration.class)
// a few connections beside the shared context's; no publications of other test contexts
// are taken up at the start
@TestPropertySource(properties = { "spring.datasource.hikari.maximum-pool-size=4",
		"spring.modulith.events.republish-outstanding-events-on-restart=false" })
@MockitoBean(types = { StaffService.class, TeamDirectory.class, AuditLog.class, ClientService.class,
		AccountService.class, OrderService.class, Attachments.class, Correspondence.class, Surveys.class,
		SlaClocks.class, BusinessHoursAdministration.class, SlaPolicyAdministration.class, StaffTimeZone.class })
class SlaMirrorScenarioTests {

	private static final AtomicInteger CASES = new AtomicInteger();

	private static final Instant DUE = Instant.parse("2026-12-03T16:00:00Z");

	@Autowired
	JdbcClient jdbc;

	@MockitoBean
	Notifications notifications;

	@Test
	void aBreachIsMirroredOnTheCaseRowAndItsTimelineAndTheAssigneeIsTold(Scenario scenario) {
		String reference = caseAssignedTo("agent");

		scenario
			.publish(new SlaBreached(CaseKind.INQUIRY, reference, SlaTarget.RESOLUTION, DUE, null,
					DUE.plus(Duration.ofMinutes(1))))
			.andWaitForStateChange(() -> slaState(reference), "BREACHED"::equals)
			.andVerify(state -> {
				assertThat(entries(reference)).containsExactly("SLA_BREACHED RESOLUTION system");
				ArgumentCaptor<NewNotification> told = ArgumentCaptor.forClass(NewNotification.class);
				verify(notifications).send(told.capture());
				assertThat(told.getValue().recipients()).containsExactly("agent");
				assertThat(told.getValue().messageKey()).isEqualTo("notification.sla.breached.resolution");
				assertThat(told.getValue().arguments()).containsExactly(reference);
			});
	}

	@Test
	void aCaseAtRiskIsMarkedSo(Scenario scenario) {
		String reference = caseAssignedTo(null);

		scenario
			.publish(new SlaAtRisk(CaseKind.INQUIRY, reference, SlaTarget.FIRST_RESPONSE, DUE, null,
					DUE.minus(Duration.ofMinutes(30))))
			.andWaitForStateChange(() -> slaState(reference), "AT_RISK"::equals)
			.andVerify(state -> assertThat(entries(reference)).containsExactly("SLA_AT_RISK FIRST_RESPONSE system"));
	}

	/** A new inquiry's case row of a client of its own, on track. */
	private String caseAssignedTo(String assignee) {
		int n = CASES.incrementAndGet();
		String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + n;
		String reference = "INQ-M" + suffix;
		long client = jdbc
			.sql("insert into client (number, kind, name, preferred_language, segment) "
					+ "values (:number, 'INDIVIDUAL', 'Scenario Client', 'en', 'STANDARD') returning id")
			.param("number", "C-M" + suffix)
			.query(Long.class)
			.single();
		jdbc.sql("insert into case_file (kind, reference, status, active, priority, channel, subject, client_id, "
				+ "assignee, last_activity_at, created_by, updated_by) values ('INQUIRY', :reference, 'OPEN', true, "
				+ "'NORMAL', 'EMAIL', 'Invoice missing', :client, :assignee, now(), 'agent', 'agent')")
			.param("reference", reference)
			.param("client", client)
			.param("assignee", assignee)
			.update();
		return reference;
	}

	private String slaState(String reference) {
		return jdbc.sql("select sla_state from case_file where reference = :reference")
			.param("reference", reference)
			.query(String.class)
			.single();
	}

	private List<String> entries(String reference) {
		return jdbc.sql(
				"select e.kind || ' ' || e.detail || ' ' || e.actor from case_entry e join case_file c on c.id = e.case_id "
						+ "where c.reference = :reference order by e.id")
			.param("reference", reference)
			.query(String.class)
			.list();
	}

}
