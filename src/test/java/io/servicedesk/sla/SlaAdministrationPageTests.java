package io.servicedesk.sla;

import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The business-hours and SLA-policy pages: for administrators only, seeded defaults,
 * translated validation messages next to the fields with the input kept, and the
 * one-active-policy rule.
 */
@IntegrationTest
class SlaAdministrationPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	@WithUserDetails("agent")
	void agentsAreRefused() throws Exception {
		mvc.perform(get("/admin/sla-policies")).andExpect(status().isForbidden());
		mvc.perform(get("/admin/business-hours")).andExpect(status().isForbidden());
		mvc.perform(post("/admin/sla-policies").with(csrf()).param("caseKind", "INQUIRY"))
			.andExpect(status().isForbidden());
	}

	@Test
	@WithUserDetails("supervisor")
	void supervisorsAreRefused() throws Exception {
		mvc.perform(get("/admin/sla-policies/new")).andExpect(status().isForbidden());
		mvc.perform(get("/admin/business-hours/new")).andExpect(status().isForbidden());
	}

	@Test
	@WithUserDetails("admin")
	void thePolicyPageShowsTheSeededDefaultsAndSaysEditsChangeNewCasesOnly() throws Exception {
		mvc.perform(get("/admin/sla-policies"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-policy=\"INQUIRY/URGENT\"")))
			.andExpect(content().string(containsString("data-policy=\"COMPLAINT/LOW\"")))
			.andExpect(content().string(containsString("Editing a policy changes the targets of new cases only")))
			.andExpect(content().string(containsString("10 hours on the Poland calendar")))
			.andExpect(content().string(containsString("<td>1 h</td>")))
			.andExpect(content().string(containsString("<td>15 d</td>")))
			.andExpect(content().string(not(containsString("id=\"uncovered\""))));
	}

	@Test
	@WithUserDetails("admin")
	void aSecondActivePolicyForTheSameKindAndPriorityIsRefusedWithTheInputKept() throws Exception {
		mvc.perform(policy().param("caseKind", "INQUIRY")
			.param("priority", "NORMAL")
			.param("active", "true")
			.param("firstResponseHours", "3")
			.param("resolutionDays", "3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is already an active policy for INQUIRY / NORMAL")))
			.andExpect(content().string(containsString("name=\"resolutionDays\" value=\"3\"")));
	}

	@Test
	@WithUserDetails("admin")
	void invalidTargetsAreExplainedNextToTheirFields() throws Exception {
		mvc.perform(policy().param("caseKind", "INQUIRY")
			.param("priority", "LOW")
			.param("atRiskPercent", "150")
			.param("firstResponseHours", "abc")
			.param("resolutionMinutes", "75"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This number is outside the allowed range.")))
			.andExpect(content().string(containsString("Enter a whole number.")));
		mvc.perform(policy().param("caseKind", "INQUIRY")
			.param("priority", "LOW")
			.param("firstResponseDays", "2")
			.param("resolutionHours", "3"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("The resolution target cannot be shorter than the first-response target.")));
		mvc.perform(policy().param("caseKind", "INQUIRY").param("priority", "LOW"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The target must be longer than zero.")));
	}

	@Test
	@WithUserDetails("admin")
	void validationMessagesFollowTheInterfaceLanguage() throws Exception {
		mvc.perform(policy().param("caseKind", "INQUIRY")
			.param("priority", "LOW")
			.param("atRiskPercent", "0")
			.cookie(new jakarta.servlet.http.Cookie("SD_LANG", "de")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Die Zahl liegt außerhalb des erlaubten Bereichs.")));
	}

	@Test
	@WithUserDetails("admin")
	void anInactivePolicyCanBeAddedAndIsAudited() throws Exception {
		long before = jdbc.sql("select count(*) from audit_entry where action = 'sla-policy.created'")
			.query(Long.class)
			.single();
		mvc.perform(policy().param("caseKind", "COMPLAINT")
			.param("priority", "HIGH")
			.param("firstResponseDays", "1")
			.param("resolutionDays", "10")
			.param("escalationTeam", "Logistics")
			.param("_active", "on"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/sla-policies"))
			.andExpect(flash().attribute("flashSuccess", "workday.sla.policy.created"));
		Long id = jdbc.sql("select max(id) from sla_policy").query(Long.class).single();
		jdbc.sql("select resolution_minutes from sla_policy where id = :id")
			.param("id", id)
			.query(Integer.class)
			.optional()
			.filter(minutes -> minutes == 6000)
			.orElseThrow();
		mvc.perform(get("/admin/sla-policies/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"resolutionDays\" value=\"10\"")))
			.andExpect(content().string(containsString("<option value=\"Logistics\" selected=\"selected\">")));
		org.assertj.core.api.Assertions
			.assertThat(jdbc.sql("select count(*) from audit_entry where action = 'sla-policy.created'")
				.query(Long.class)
				.single())
			.isEqualTo(before + 1);
	}

	@Test
	@WithUserDetails("admin")
	void editingWithAStaleVersionIsRefusedWithTheInputKept() throws Exception {
		Long id = jdbc.sql("select id from sla_policy where case_kind = 'INQUIRY' and priority = 'URGENT' and active")
			.query(Long.class)
			.single();
		mvc.perform(post("/admin/sla-policies/{id}", id).with(csrf())
			.param("caseKind", "INQUIRY")
			.param("priority", "URGENT")
			.param("firstResponseHours", "1")
			.param("resolutionHours", "5")
			.param("calendarId", calendarId("Poland").toString())
			.param("atRiskPercent", "80")
			.param("active", "true")
			.param("version", "-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed")))
			.andExpect(content().string(containsString("name=\"resolutionHours\" value=\"5\"")));
	}

	@Test
	@WithUserDetails("admin")
	void theSeededCalendarsAreListed() throws Exception {
		mvc.perform(get("/admin/business-hours"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-calendar=\"Poland\"")))
			.andExpect(content().string(containsString("data-calendar=\"Germany\"")))
			.andExpect(content().string(containsString("Europe/Warsaw")));
		mvc.perform(get("/admin/business-hours/{id}", calendarId("Poland")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2026-06-04 Boże Ciało 2026")))
			.andExpect(content().string(containsString("2026-12-24 Wigilia Bożego Narodzenia")))
			.andExpect(content().string(containsString("value=\"08:00-18:00\"")));
	}

	@Test
	@WithUserDetails("admin")
	void unreadableHoursAndHolidaysAreExplainedWithTheInputKept() throws Exception {
		mvc.perform(calendar("Broken " + System.nanoTime(), "Europe/Warsaw").param("hours[MONDAY]", "25:00-26:00")
			.param("hours[TUESDAY]", "08:00-12:00, 11:00-14:00")
			.param("oneOffHolidays", "2026-12-24 Christmas Eve\nnot a date"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Write intervals like 08:00-18:00")))
			.andExpect(content().string(containsString("The intervals of this day overlap.")))
			.andExpect(content().string(containsString("Line 2 (&quot;not a date&quot;)")))
			.andExpect(content().string(containsString("value=\"25:00-26:00\"")));
		mvc.perform(calendar("", "Mars/Olympus"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Required.")))
			.andExpect(content().string(containsString("Unknown time zone.")))
			.andExpect(content().string(containsString("The desk must be open at least once a week.")));
		mvc.perform(calendar("Poland", "Europe/Warsaw").param("hours[MONDAY]", "08:00-16:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A calendar named Poland already exists.")));
	}

	@Test
	@WithUserDetails("admin")
	void aCalendarCanBeCreatedAndEdited() throws Exception {
		String name = "Estonia " + System.nanoTime();
		mvc.perform(calendar(name, "Europe/Tallinn").param("hours[MONDAY]", "09:00-13:00, 14:00-18:00")
			.param("hours[SATURDAY]", "10:00-24:00")
			.param("yearlyHolidays", "2026-02-24 Iseseisvuspäev"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flashSuccess", "sla.calendar.created"));
		Long id = calendarId(name);
		mvc.perform(get("/admin/business-hours/{id}", id))
			.andExpect(content().string(containsString("value=\"09:00-13:00, 14:00-18:00\"")))
			.andExpect(content().string(containsString("value=\"10:00-24:00\"")))
			.andExpect(content().string(containsString("2026-02-24 Iseseisvusp")));
		mvc.perform(post("/admin/business-hours/{id}", id).with(csrf())
			.param("name", name)
			.param("timeZone", "Europe/Tallinn")
			.param("hours[FRIDAY]", "08:00-16:00")
			.param("version", "0")).andExpect(status().isFound());
		mvc.perform(get("/admin/business-hours/{id}", id))
			.andExpect(content().string(containsString("value=\"08:00-16:00\"")))
			.andExpect(content().string(not(containsString("Iseseisvusp"))));
		mvc.perform(post("/admin/business-hours/{id}", id).with(csrf())
			.param("name", name)
			.param("timeZone", "Europe/Tallinn")
			.param("hours[FRIDAY]", "08:00-17:00")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed")));
	}

	@Test
	@WithUserDetails("admin")
	void anUnknownPolicyOrCalendarIsNotFound() throws Exception {
		mvc.perform(get("/admin/sla-policies/{id}", 987654321L)).andExpect(status().isNotFound());
		mvc.perform(get("/admin/business-hours/{id}", 987654321L)).andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder policy() {
		return post("/admin/sla-policies").with(csrf()).param("calendarId", calendarId("Poland").toString());
	}

	private MockHttpServletRequestBuilder calendar(String name, String timeZone) {
		return post("/admin/business-hours").with(csrf()).param("name", name).param("timeZone", timeZone);
	}

	private Long calendarId(String name) {
		return jdbc.sql("select id from business_calendar where name = :name")
			.param("name", name)
			.query(Long.class)
			.single();
	}

}
