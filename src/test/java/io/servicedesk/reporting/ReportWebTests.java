package io.servicedesk.reporting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import io.servicedesk.sla.BusinessHoursAdministration;
import io.servicedesk.support.IntegrationTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The KPI API (status codes, problem bodies, the KPI block), the dashboard page and the
 * CSV exports (byte order mark, RFC 4180 quoting, Polish, German, Estonian and Latvian
 * letters, filters applied).
 */
@IntegrationTest
class ReportWebTests {

	private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BusinessHoursAdministration businessHours;

	@Autowired
	ReportRollup rollup;

	@Test
	void theKpiBlockAnswersSupervisorsWithTheFiltersApplied() throws Exception {
		ReportCases cases = new ReportCases(jdbc, businessHours);
		long team = cases.team("Api");
		Instant monday = LocalDateTime.of(2023, 9, 4, 9, 0).atZone(WARSAW).toInstant();
		cases.inquiry(monday).team(team).channel("PHONE").firstResponse(monday.plusSeconds(1800)).insert();
		cases.inquiry(monday).team(team).channel("EMAIL").insert();
		rollup.refresh();

		mvc.perform(get("/api/v1/reports/kpis").param("from", "2023-09-04")
			.param("to", "2023-09-10")
			.param("team", cases.teamName(team))
			.param("channel", "phone")
			.with(httpBasic("supervisor", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.from").value("2023-09-04"))
			.andExpect(jsonPath("$.inquiries.received").value(1))
			.andExpect(jsonPath("$.inquiries.backlog").value(1))
			.andExpect(jsonPath("$.inquiries.firstResponseMedianMinutes").value(45))
			.andExpect(jsonPath("$.inquiries.firstResponseSlaPercent").value(100.0))
			.andExpect(jsonPath("$.inquiries.resolutionSlaPercent").doesNotExist())
			.andExpect(jsonPath("$.csat.responses").value(0));
		mvc.perform(get("/api/v1/reports/series").param("from", "2023-09-04")
			.param("to", "2023-09-10")
			.param("team", cases.teamName(team))
			.with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.granularity").value("day"))
			.andExpect(jsonPath("$.periods.length()").value(7))
			.andExpect(jsonPath("$.inquiriesReceived[0]").value(2));
	}

	@Test
	void badDatesAndUnknownFiltersAnswer400WithOneErrorPerParameter() throws Exception {
		mvc.perform(get("/api/v1/reports/kpis").param("from", "2024-02-30")
			.param("to", "yesterday")
			.with(httpBasic("supervisor", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[*].field", hasItem("from")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("to")));
		mvc.perform(get("/api/v1/reports/kpis").param("from", "2024-03-10")
			.param("to", "2024-03-01")
			.with(httpBasic("supervisor", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"))
			.andExpect(jsonPath("$.errors[0].message").value("The start of the range is after its end."));
		mvc.perform(get("/api/v1/reports/kpis").param("from", "2000-01-01")
			.param("to", "2024-01-01")
			.with(httpBasic("supervisor", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("A report covers at most 1100 days."));
		mvc.perform(get("/api/v1/reports/kpis").param("team", "No such team")
			.param("channel", "PIGEON")
			.header("Accept-Language", "pl")
			.with(httpBasic("supervisor", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("Nie ma takiego zespołu."))
			.andExpect(jsonPath("$.errors[1].field").value("channel"));
	}

	@Test
	void agentsMayNotReadReportsAndStrangersMustSignIn() throws Exception {
		mvc.perform(get("/api/v1/reports/kpis").with(httpBasic("agent", "demo"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/reports/kpis")).andExpect(status().isUnauthorized());
		mvc.perform(get("/reports").with(user("agent").roles("AGENT"))).andExpect(status().isForbidden());
		mvc.perform(get("/reports/data/series").with(user("agent").roles("AGENT"))).andExpect(status().isForbidden());
	}

	@Test
	@WithUserDetails("supervisor")
	void theDashboardShowsTilesWithDefinitionsChartsWithTablesAndTheLeaderboard() throws Exception {
		rollup.refresh();
		mvc.perform(get("/reports"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"last-7-days\" selected=\"selected\"")));
		mvc.perform(get("/reports").param("range", "this-month"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-kpi=\"inquiries.first-response-median\"")))
			.andExpect(content().string(containsString("Business time from creation to the first public reply")))
			.andExpect(content().string(containsString("id=\"chart-volume\"")))
			.andExpect(content().string(containsString("id=\"table-volume\"")))
			.andExpect(content().string(containsString("id=\"leaderboard\"")))
			.andExpect(content().string(containsString("/reports/export/inquiries.csv?from=")));
		mvc.perform(get("/reports").param("range", "custom").param("from", "2024-05-10").param("to", "2024-05-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The start of the range is after its end.")));
		mvc.perform(get("/reports/data/kpis").param("from", "2024-05-01").param("to", "2024-05-31"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.to").value("2024-05-31"));
	}

	@Test
	@WithUserDetails("supervisor")
	void caseListsAreCsvWithAByteOrderMarkQuotedFieldsAndEveryLetter() throws Exception {
		ReportCases cases = new ReportCases(jdbc, businessHours);
		long team = cases.team("Csv");
		Instant tuesday = LocalDateTime.of(2023, 10, 3, 10, 0).atZone(WARSAW).toInstant();
		String subject = "Zażółć gęślą jaźń, \"Straße\" – õun; Ļoti labi";
		ReportCases.Case written = cases.inquiry(tuesday).team(team).insert();
		jdbc.sql("update case_file set subject = :subject where id = :id")
			.param("subject", subject)
			.param("id", written.id)
			.update();
		cases.complaint(tuesday).team(team).insert();
		rollup.refresh();

		MvcResult result = mvc
			.perform(get("/reports/export/inquiries.csv").param("from", "2023-10-01")
				.param("to", "2023-10-31")
				.param("team", cases.teamName(team)))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Total-Rows", "1"))
			.andExpect(header().string("Content-Disposition", containsString("inquiries-2023-10-01-2023-10-31.csv")))
			.andReturn();
		byte[] bytes = result.getResponse().getContentAsByteArray();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(bytes, StandardCharsets.UTF_8);
		assertThat(text).contains("\"Zażółć gęślą jaźń, \"\"Straße\"\" – õun; Ļoti labi\"").contains("\r\n");
		List<CSVRecord> records = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new java.io.StringReader(text.substring(1)))
			.getRecords();
		assertThat(records).hasSize(1);
		assertThat(records.get(0).get("reference")).isEqualTo(written.reference);
		assertThat(records.get(0).get("subject")).isEqualTo(subject);
		assertThat(records.get(0).get("kind")).isEqualTo("INQUIRY");

		MvcResult kpis = mvc
			.perform(get("/reports/export/kpis.csv").param("from", "2023-10-01")
				.param("to", "2023-10-31")
				.param("team", cases.teamName(team)))
			.andExpect(status().isOk())
			.andReturn();
		String table = new String(kpis.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(table).startsWith("\uFEFF").contains("Inquiries,Received,1,0,");
		mvc.perform(get("/reports/export/complaints.csv").param("from", "2023-10-31").param("to", "2023-10-01"))
			.andExpect(status().isBadRequest());
	}

}
