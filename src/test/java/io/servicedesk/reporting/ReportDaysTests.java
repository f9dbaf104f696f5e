package io.servicedesk.reporting;

import java.time.LocalDate;
import java.time.ZoneId;

import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reports' presets and default range are the days of the staff member looking:
 * "today" is today where they are. Kiritimati (UTC+14) and Pago Pago (UTC−11) never share
 * a date, so the two show different days at any hour; the page names the zone the figures
 * are counted in.
 */
@IntegrationTest
class ReportDaysTests {

	static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");

	static final ZoneId PAGO_PAGO = ZoneId.of("Pacific/Pago_Pago");

	@Autowired
	MockMvc mvc;

	@Test
	@WithUserDetails("supervisor")
	void todayAndTheDefaultRangeAreTheStaffMembersDays() throws Exception {
		try {
			for (ZoneId zone : new ZoneId[] { KIRITIMATI, PAGO_PAGO }) {
				mvc.perform(post("/profile/time-zone").with(csrf()).param("zone", zone.getId()))
					.andExpect(status().is3xxRedirection());
				LocalDate today = LocalDate.now(zone);
				mvc.perform(get("/reports").param("range", "today").header("Accept-Language", "en"))
					.andExpect(status().isOk())
					.andExpect(content().string(containsString("id=\"from\" name=\"from\" value=\"" + today + "\"")))
					.andExpect(content().string(containsString("id=\"to\" name=\"to\" value=\"" + today + "\"")))
					.andExpect(content().string(
							containsString("From " + today + " to " + today + ", compared with " + today.minusDays(1)
									+ " to " + today.minusDays(1) + ". Days are calendar days in Europe/Warsaw.")));
				mvc.perform(get("/reports").param("range", "this-month"))
					.andExpect(status().isOk())
					.andExpect(content()
						.string(containsString("id=\"from\" name=\"from\" value=\"" + today.withDayOfMonth(1) + "\"")));
				mvc.perform(get("/reports/data/series"))
					.andExpect(status().isOk())
					.andExpect(jsonPath("$.periods.length()").value(30))
					.andExpect(jsonPath("$.periods[29]").value(today.toString()));
			}
		}
		finally {
			mvc.perform(post("/profile/time-zone").with(csrf()).param("zone", ""))
				.andExpect(status().is3xxRedirection());
		}
	}

}
