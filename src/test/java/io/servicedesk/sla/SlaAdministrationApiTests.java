package io.servicedesk.sla;

import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /api/v1/sla-policies} and {@code /api/v1/business-hours}: ADMIN only, the same
 * rules as the pages, and problem bodies with the right status for bad input.
 */
@IntegrationTest
class SlaAdministrationApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void agentsAndSupervisorsGet403() throws Exception {
		mvc.perform(get("/api/v1/sla-policies").with(httpBasic("agent", "demo")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/business-hours").with(httpBasic("supervisor", "demo")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/sla-policies").with(httpBasic("supervisor", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isForbidden());
	}

	@Test
	void theSeededPoliciesAreListedInBusinessMinutes() throws Exception {
		mvc.perform(get("/api/v1/sla-policies").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(
					jsonPath("$[?(@.caseKind == 'INQUIRY' && @.priority == 'URGENT' && @.active)].firstResponseMinutes")
						.value(hasItem(60)))
			.andExpect(jsonPath("$[?(@.caseKind == 'INQUIRY' && @.priority == 'NORMAL' && @.active)].resolutionMinutes")
				.value(hasItem(1200)))
			.andExpect(jsonPath("$[?(@.caseKind == 'COMPLAINT' && @.priority == 'LOW' && @.active)].resolutionMinutes")
				.value(hasItem(9000)))
			.andExpect(jsonPath("$[?(@.caseKind == 'COMPLAINT' && @.priority == 'LOW' && @.active)].calendar")
				.value(hasItem("Poland")));
	}

	@Test
	void aSecondActivePolicyIsRefusedWith422() throws Exception {
		mvc.perform(post("/api/v1/sla-policies").with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"caseKind": "INQUIRY", "priority": "HIGH", "firstResponseMinutes": 60,
					 "resolutionMinutes": 300, "calendar": "Poland"}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("already an active policy for INQUIRY / HIGH")));
	}

	@Test
	void missingAndInvalidFieldsAreListed() throws Exception {
		mvc.perform(post("/api/v1/sla-policies").with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"priority": "HIGH", "firstResponseMinutes": 0, "resolutionMinutes": 300,
					 "calendar": "Poland", "atRiskPercent": 120}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'caseKind')].message").value(hasItem("Required.")))
			.andExpect(jsonPath("$.errors[?(@.field == 'firstResponseMinutes')].message")
				.value(hasItem("Must be greater than zero.")))
			.andExpect(jsonPath("$.errors[?(@.field == 'atRiskPercent')]").exists());
		mvc.perform(post("/api/v1/sla-policies").with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"caseKind": "INQUIRY", "priority": "HIGH", "firstResponseMinutes": 60,
					 "resolutionMinutes": 300, "calendar": "Atlantis", "active": false}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("There is no calendar Atlantis."));
		mvc.perform(post("/api/v1/sla-policies").with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"caseKind": "INQUIRY", "priority": "HIGH", "firstResponseMinutes": 600,
					 "resolutionMinutes": 300, "calendar": "Poland", "active": false}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("cannot be shorter")));
		mvc.perform(post("/api/v1/sla-policies").with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"caseKind": "PARCEL", "priority": "HIGH"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void anInactivePolicyIsCreatedAndCanBeUpdatedWithItsVersion() throws Exception {
		MvcResult created = mvc
			.perform(post("/api/v1/sla-policies").with(httpBasic("admin", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"caseKind": "COMPLAINT", "priority": "URGENT", "firstResponseMinutes": 120,
						 "resolutionMinutes": 4800, "calendar": "Germany", "escalationTeam": "Logistics",
						 "active": false}"""))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/sla-policies/")))
			.andExpect(jsonPath("$.calendar").value("Germany"))
			.andExpect(jsonPath("$.escalationTeam").value("Logistics"))
			.andExpect(jsonPath("$.atRiskPercent").value(80))
			.andExpect(jsonPath("$.active").value(false))
			.andReturn();
		String location = created.getResponse().getHeader("Location");
		String update = """
				{"caseKind": "COMPLAINT", "priority": "URGENT", "firstResponseMinutes": 120,
				 "resolutionMinutes": 5400, "calendar": "Germany", "active": false, "version": 0}""";
		mvc.perform(
				put(location).with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON).content(update))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.resolutionMinutes").value(5400))
			.andExpect(jsonPath("$.escalationTeam").doesNotExist());
		mvc.perform(
				put(location).with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON).content(update))
			.andExpect(status().isConflict());
		mvc.perform(put(location).with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(update.replace("Germany\"", "Germany\", \"escalationTeam\": \"Nobody\"")
				.replace("\"version\": 0", "\"version\": 1")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("There is no team Nobody."));
		mvc.perform(get("/api/v1/sla-policies/987654321").with(httpBasic("admin", "demo")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theSeededCalendarsCarryTheirHoursAndHolidays() throws Exception {
		mvc.perform(get("/api/v1/business-hours").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.name == 'Poland')].timeZone").value(hasItem("Europe/Warsaw")))
			.andExpect(jsonPath("$[?(@.name == 'Poland')].weeklyHours.MONDAY[0]").value(hasItem("08:00-18:00")))
			.andExpect(jsonPath("$[?(@.name == 'Poland')].businessDayMinutes").value(hasItem(600)))
			.andExpect(jsonPath("$[?(@.name == 'Poland')].holidays[?(@.date == '2027-05-27')].name")
				.value(hasItem("Boże Ciało 2027")))
			.andExpect(jsonPath("$[?(@.name == 'Poland')].holidays[?(@.date == '2026-12-24')].recurring")
				.value(hasItem(true)))
			.andExpect(jsonPath("$[?(@.name == 'Germany')].weeklyHours.FRIDAY[0]").value(hasItem("08:00-17:00")))
			.andExpect(jsonPath("$[?(@.name == 'Germany')].holidays[?(@.date == '2026-10-03')].recurring")
				.value(hasItem(true)));
	}

	@Test
	void calendarsAreValidatedLikeOnThePage() throws Exception {
		String name = "Latvia " + System.nanoTime();
		mvc.perform(post("/api/v1/business-hours").with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "%s", "timeZone": "Europe/Riga", "weeklyHours": {"MONDAY": ["8 to 5"]}}"""
				.formatted(name)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", startsWith("weeklyHours")));
		mvc.perform(post("/api/v1/business-hours").with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "%s", "timeZone": "Europe/Riga",
					 "weeklyHours": {"MONDAY": ["08:00-12:00", "11:00-17:00"]}}""".formatted(name)))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/business-hours").with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "%s", "timeZone": "Moon/Base", "weeklyHours": {"MONDAY": ["08:00-12:00"]}}"""
				.formatted(name)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("Unknown time zone."));
		MvcResult created = mvc
			.perform(post("/api/v1/business-hours").with(httpBasic("admin", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "%s", "timeZone": "Europe/Riga",
						 "weeklyHours": {"MONDAY": ["08:00-12:00", "13:00-17:00"], "SUNDAY": ["20:00-24:00"]},
						 "holidays": [{"date": "2026-11-18", "name": "Proklamēšanas diena", "recurring": true}]}"""
					.formatted(name)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.weeklyHours.SUNDAY[0]").value("20:00-24:00"))
			.andExpect(jsonPath("$.weeklyHours.TUESDAY").isEmpty())
			.andExpect(jsonPath("$.businessDayMinutes").value(480))
			.andExpect(jsonPath("$.holidays[0].recurring").value(true))
			.andReturn();
		mvc.perform(put(created.getResponse().getHeader("Location")).with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Poland", "timeZone": "Europe/Riga", "weeklyHours": {"MONDAY": ["08:00-12:00"]}}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("A calendar named Poland already exists."));
	}

}
