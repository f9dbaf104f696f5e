package io.servicedesk.complaint;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.casework.Viewer;
import io.servicedesk.casework.Visibility;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.shared.Money;
import io.servicedesk.staff.StaffService;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import io.servicedesk.support.StaffMother;
import io.servicedesk.support.StatementCounter;
import io.servicedesk.support.StatementCounter.RecordedQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The complaint queue, its counts and the supervisor's summary read indexes, not every
 * complaint: each query of the page is planned again with sequential scans disabled, and
 * no plan may still read a case table from start to end (PostgreSQL falls back to one
 * only when no index serves the query); the counts and the summary use the indexes made
 * for them. The queue and the complaint page issue the same number of statements for one
 * row or entry as for many.
 */
@IntegrationTest
class ComplaintQueryTests {

	private static final Set<String> CASE_TABLES = Set.of("case_file", "complaint", "case_entry", "case_presence",
			"sla_clock", "client", "timeline_entry", "audit_entry");

	private static final Pattern READS = Pattern.compile("\\s*(select|with)\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern SEQUENTIAL_SCAN = Pattern.compile("Seq Scan on (\\w+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	@Autowired
	ComplaintService complaints;

	@Autowired
	ClientService clients;

	@Autowired
	StaffService staff;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	UserDetailsService userDetails;

	@ParameterizedTest
	@EnumSource(ComplaintView.class)
	void everyQueryOfEachViewCanUseAnIndexForSupervisorsAndAgents(ComplaintView view) throws Exception {
		String path = "/complaints?view=" + view.name().toLowerCase(Locale.ROOT);
		for (String username : List.of("supervisor", "agent")) {
			List<RecordedQuery> queries = recorded(username, path);
			assertThat(sequentialScans(queries)).as("case tables read from start to end by " + path + " as " + username)
				.isEmpty();
		}
	}

	@Test
	void theCountsAndTheSummaryUseTheIndexesMadeForThem() throws Exception {
		List<RecordedQuery> queries = recorded("supervisor", "/complaints");
		String counts = plan(only(queries, "as review"));
		assertThat(counts).as(counts)
			.contains("case_file_by_status")
			// on the few rows of the tests either index of active cases may serve the
			// at-risk count
			.containsAnyOf("case_file_at_risk", "case_file_queue_counts")
			.doesNotContain("Seq Scan");
		String ages = plan(only(queries, "as age_7"));
		// on the few rows of the tests any index of the active complaints may serve
		assertThat(ages).as(ages)
			.containsAnyOf("case_file_open_by_created", "case_file_queue_counts", "case_file_queue_team_by_activity")
			.doesNotContain("Seq Scan");
		String resolutions = plan(only(queries, "as avg_days"));
		assertThat(resolutions).as(resolutions).contains("complaint_resolved").doesNotContain("Seq Scan");
		String breaches = plan(only(queries, "SLA_BREACHED"));
		assertThat(breaches).as(breaches).contains("case_entry_sla_breached").doesNotContain("Seq Scan");
		String severities = plan(only(queries, "group by x.severity"));
		assertThat(severities).as(severities).doesNotContain("Seq Scan");
	}

	@Test
	void theQueueAndTheComplaintPageUseAFixedNumberOfQueries() throws Exception {
		String few = StaffMother.agent(staff, encoder, "cfew").username();
		String many = StaffMother.agent(staff, encoder, "cmany").username();
		String small = complaintsFor(few, 1, 1);
		String large = complaintsFor(many, 9, 8);

		int smallQueue = statements(few, "/complaints?view=open&assignee=" + few);
		int largeQueue = statements(many, "/complaints?view=open&assignee=" + many);
		int smallPage = statements(few, "/complaints/" + small);
		int largePage = statements(many, "/complaints/" + large);
		int smallSupervisorQueue = statements("supervisor", "/complaints?view=open&assignee=" + few);
		int largeSupervisorQueue = statements("supervisor", "/complaints?view=open&assignee=" + many);

		assertThat(largeQueue).isEqualTo(smallQueue);
		assertThat(smallQueue).as("statements of the queue (with the page frame)").isBetween(4, 24);
		assertThat(largeSupervisorQueue).isEqualTo(smallSupervisorQueue);
		assertThat(smallSupervisorQueue).as("statements of the queue with the summary").isBetween(4, 28);
		assertThat(largePage).isEqualTo(smallPage);
		assertThat(smallPage).as("statements of the complaint page (with the page frame)").isBetween(8, 45);
	}

	private int statements(String username, String path) throws Exception {
		mvc.perform(get(path).with(as(username))).andExpect(status().isOk());
		StatementCounter.reset();
		mvc.perform(get(path).with(as(username))).andExpect(status().isOk());
		return StatementCounter.count();
	}

	private List<RecordedQuery> recorded(String username, String path) throws Exception {
		mvc.perform(get(path).with(as(username))).andExpect(status().isOk());
		StatementCounter.startRecording();
		mvc.perform(get(path).with(as(username))).andExpect(status().isOk());
		List<RecordedQuery> queries = StatementCounter.stopRecording();
		assertThat(queries).as("queries recorded for " + path).isNotEmpty();
		return queries;
	}

	private RequestPostProcessor as(String username) {
		return SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(username));
	}

	private String complaintsFor(String username, int count, int entries) {
		Viewer viewer = complaints.viewer(username);
		ClientDetails client = ClientMother.individual(clients, "Count Complainant");
		String last = null;
		for (int i = 0; i < count; i++) {
			last = complaints
				.register(new NewComplaint(client.number(), CaseChannel.EMAIL, "Count " + i, "Complaint " + i, null,
						Severity.values()[i % 3], "late-delivery", null, null, Money.of("10.00", "EUR"), null, true),
						viewer)
				.reference();
		}
		for (int i = 0; i < entries; i++) {
			complaints.addMessage(last, viewer, "Entry " + i, i % 2 == 0 ? Visibility.PUBLIC : Visibility.INTERNAL,
					null);
		}
		return last;
	}

	private List<String> sequentialScans(List<RecordedQuery> queries) throws SQLException {
		List<String> scans = new ArrayList<>();
		for (RecordedQuery query : queries) {
			if (!READS.matcher(query.sql()).lookingAt()) {
				continue;
			}
			String plan = plan(query);
			Matcher scan = SEQUENTIAL_SCAN.matcher(plan);
			while (scan.find()) {
				if (CASE_TABLES.contains(scan.group(1))) {
					scans.add(scan.group(1) + " in: " + query.sql() + "\n" + plan);
				}
			}
		}
		return scans;
	}

	private static RecordedQuery only(List<RecordedQuery> queries, String marker) {
		List<RecordedQuery> matching = queries.stream().filter(query -> query.sql().contains(marker)).toList();
		assertThat(matching).as("queries containing " + marker).hasSize(1);
		return matching.get(0);
	}

	private String plan(RecordedQuery query) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			try (Statement settings = connection.createStatement()) {
				settings.execute("set enable_seqscan = off");
			}
			try (PreparedStatement explain = connection.prepareStatement("explain " + query.sql())) {
				query.bind(explain);
				StringBuilder plan = new StringBuilder();
				try (ResultSet lines = explain.executeQuery()) {
					while (lines.next()) {
						plan.append(lines.getString(1)).append('\n');
					}
				}
				return plan.toString();
			}
			finally {
				try (Statement settings = connection.createStatement()) {
					settings.execute("reset enable_seqscan");
				}
			}
		}
	}

}
