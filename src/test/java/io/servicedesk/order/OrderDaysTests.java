package io.servicedesk.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.client.ContactChannel;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The order list's days are the staff member's: an order promised for a day is late from
 * the first minute of the next day where the person looking is, whatever the day is in
 * UTC. Kiritimati (UTC+14) and Pago Pago (UTC−11) are always a day or two apart, so an
 * order promised for yesterday in Kiritimati is late there and not yet due in Pago Pago,
 * at any hour of the day.
 */
@IntegrationTest
class OrderDaysTests {

	static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");

	static final ZoneId PAGO_PAGO = ZoneId.of("Pacific/Pago_Pago");

	@Autowired
	MockMvc mvc;

	@Autowired
	OrderService orders;

	@Autowired
	ClientService clients;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@WithUserDetails("agent")
	void anOrderPromisedForYesterdayWhereTheStaffMemberIsIsLateForThemOnly() throws Exception {
		ClientDetails client = ClientMother.individual(clients, "Tavita Days");
		OrderDetails order = orders.place(
				new NewOrder(client.number(), null, ContactChannel.PHONE, "EUR", LocalDate.now().plusDays(7),
						BigDecimal.ZERO, List.of(new OrderLineData("K-1", "Kettle", 1, new BigDecimal("24.50")))),
				"agent");
		LocalDate yesterdayInKiritimati = LocalDate.now(KIRITIMATI).minusDays(1);
		jdbc.update("update client_order set promised_delivery_date = ? where number = ?", yesterdayInKiritimati,
				order.number());
		String row = "data-order=\"" + order.number() + "\"";

		try {
			lateOnlyInKiritimati(client, row);
		}
		finally {
			mvc.perform(post("/profile/time-zone").with(csrf()).param("zone", ""))
				.andExpect(status().is3xxRedirection());
		}
	}

	private void lateOnlyInKiritimati(ClientDetails client, String row) throws Exception {
		inZone(KIRITIMATI);
		mvc.perform(get("/orders").param("client", client.number()).param("delayed", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(row)))
			.andExpect(content().string(containsString("delayed-flag")));
		mvc.perform(get("/orders").param("client", client.number()).param("delayed", "false"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(row))));

		inZone(PAGO_PAGO);
		mvc.perform(get("/orders").param("client", client.number()).param("delayed", "false"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(row)))
			.andExpect(content().string(not(containsString("delayed-flag"))));
		mvc.perform(get("/orders").param("client", client.number()).param("delayed", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(row))));
	}

	private void inZone(ZoneId zone) throws Exception {
		mvc.perform(post("/profile/time-zone").with(csrf()).param("zone", zone.getId()))
			.andExpect(status().is3xxRedirection());
	}

}
