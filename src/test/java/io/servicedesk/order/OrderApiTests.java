package io.servicedesk.order;

import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class OrderApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ClientService clients;

	@Test
	void anOrderIsTakenMovedOnAndRedatedWithAClientNotice() throws Exception {
		ClientDetails client = ClientMother.individual(clients, "Liina Saar");
		String location = mvc.perform(post("/api/v1/orders").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"clientNumber": "%s", "channel": "PHONE", "currency": "EUR", "promisedDeliveryDate": "2030-05-01",
					 "advancePaid": "5.00",
					 "lines": [{"sku": "K-1", "description": "Kettle", "quantity": 2, "unitPrice": "19.99"},
					           {"sku": "F-2", "description": "Filter", "quantity": 3, "unitPrice": "0.10"}]}"""
				.formatted(client.number())))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern(".*/api/v1/orders/O-\\d{6,}")))
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.total").value("40.28"))
			.andExpect(jsonPath("$.clientNumber").value(client.number()))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		String number = location.substring(location.lastIndexOf('/') + 1);

		mvc.perform(post("/api/v1/orders/" + number + "/status").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"RECEIVED\", \"promisedDeliveryDate\": \"2030-06-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("clientInformedVia")));

		mvc.perform(post("/api/v1/orders/" + number + "/status").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"status": "CONFIRMED", "promisedDeliveryDate": "2030-06-01", "clientInformedVia": "EMAIL",
					 "note": "Supplier delay, new date sent by e-mail"}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CONFIRMED"))
			.andExpect(jsonPath("$.delayed").value(true))
			.andExpect(jsonPath("$.promisedDeliveryDate").value("2030-06-01"))
			.andExpect(jsonPath("$.originalDeliveryDate").value("2030-05-01"));

		mvc.perform(post("/api/v1/orders/" + number + "/status").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"RETURN_REQUESTED\"}")).andExpect(status().isConflict());

		mvc.perform(get("/api/v1/orders?delayed=true&client=" + client.number()).with(httpBasic("agent", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].number").value(number))
			.andExpect(jsonPath("$.items[0].clientNumber").value(client.number()))
			.andExpect(jsonPath("$.next").doesNotExist());
	}

	@Test
	void invalidLinesAnswer400PerLineAndUnknownOrders404() throws Exception {
		ClientDetails client = ClientMother.individual(clients, "Gints Liepa");
		mvc.perform(post("/api/v1/orders").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"clientNumber": "%s", "channel": "FAX", "currency": "EUR",
					 "lines": [{"sku": "", "description": "x", "quantity": 0, "unitPrice": "-1"}]}"""
				.formatted(client.number())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("lines[0].sku")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("lines[0].quantity")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("lines[0].unitPrice")));
		mvc.perform(get("/api/v1/orders/O-999999999").with(httpBasic("agent", "demo")))
			.andExpect(status().isNotFound());
	}

}
