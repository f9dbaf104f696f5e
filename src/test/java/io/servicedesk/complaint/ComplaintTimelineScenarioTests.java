package io.servicedesk.complaint;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.servicedesk.audit.AuditLog;
import io.servicedesk.casework.web.SavedViewMenu;
import io.servicedesk.casework.CaseAccess;
import io.servicedesk.casework.CaseAssignment;
import io.servicedesk.casework.CaseClients;
import io.servicedesk.casework.CaseIdempotency;
import io.servicedesk.casework.CaseLinks;
import io.servicedesk.casework.CaseQueues;
import io.servicedesk.casework.CaseReplies;
import io.servicedesk.casework.CaseSla;
import io.servicedesk.casework.CaseSteps;
import io.servicedesk.casework.CaseSurveys;
import io.servicedesk.casework.CaseTimeline;
import io.servicedesk.casework.CaseVisibility;
import io.servicedesk.casework.demo.DemoCases;
import io.servicedesk.casework.web.CasePageSteps;
import io.servicedesk.catalogue.CategoryCatalogue;
import io.servicedesk.client.ClientService;
import io.servicedesk.client.Salutations;
import io.servicedesk.correspondence.Correspondence;
import io.servicedesk.inquiry.InquiryEscalation;
import io.servicedesk.inquiry.InquiryService;
import io.servicedesk.notification.Notifications;
import io.servicedesk.shared.StaffTimeZone;
import io.servicedesk.sla.SlaClocks;
import io.servicedesk.staff.StaffService;
import io.servicedesk.staff.TeamDirectory;
import io.servicedesk.support.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complaint module with the client's timeline (Spring Modulith's module test, the
 * timeline module included) on the test PostgreSQL: a registered complaint is put on the
 * client's timeline by {@code ComplaintTimelineEntries} once the registering transaction
 * commits. The other modules the complaint module uses are mocked.
 */
@ApplicationModuleTest(extraIncludes = { "shared", "timeline" })
@Import(TestDatabaseConfiguration.class)
// a few connections beside the shared context's; no publications of other test contexts
// are taken up at the start
@TestPropertySource(properties = { "spring.datasource.hikari.maximum-pool-size=4",
		"spring.modulith.events.republish-outstanding-events-on-restart=false" })
@MockitoBean(types = { SavedViewMenu.class, CaseAccess.class, CaseAssignment.class, CaseClients.class,
		CaseIdempotency.class, CaseLinks.class, CaseQueues.class, CaseReplies.class, CaseSla.class, CaseSteps.class,
		CaseSurveys.class, CaseTimeline.class, CaseVisibility.class, CasePageSteps.class, DemoCases.class,
		AuditLog.class, CategoryCatalogue.class, ClientService.class, Salutations.class, Correspondence.class,
		InquiryService.class, InquiryEscalation.class, Notifications.class, SlaClocks.class, StaffService.class,
		TeamDirectory.class, StaffTimeZone.class })
class ComplaintTimelineScenarioTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRegisteredComplaintIsOnTheClientsTimeline(Scenario scenario) {
		long client = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
		String reference = "CMP-M" + Long.toString(client, 36).toUpperCase();
		Instant registered = Instant.parse("2026-12-04T09:15:00Z");

		scenario
			.publish(new ComplaintRegistered(reference, client, Severity.MAJOR, "Parcel arrived broken", null, "agent",
					registered))
			.andWaitForStateChange(() -> timeline(client), lines -> !lines.isEmpty())
			.andVerify(lines -> assertThat(lines).containsExactly(
					"COMPLAINT_REGISTERED " + reference + " MAJOR Parcel arrived broken agent " + registered));
	}

	private List<String> timeline(long client) {
		return jdbc
			.sql("select kind, subject_ref, detail, summary, actor, occurred_at from timeline_entry "
					+ "where client_id = :client order by id")
			.param("client", client)
			.query((row, n) -> String.join(" ", row.getString("kind"), row.getString("subject_ref"),
					row.getString("detail"), row.getString("summary"), row.getString("actor"),
					row.getTimestamp("occurred_at").toInstant().toString()))
			.list();
	}

}
