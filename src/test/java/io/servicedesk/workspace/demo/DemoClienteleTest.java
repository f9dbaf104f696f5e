package io.servicedesk.workspace.demo;

import java.util.List;

import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quick start's demo clientele: seeded once at start-up, covering every account and
 * order status.
 */
@IntegrationTest
class DemoClienteleTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoClientele demo;

	@Test
	void theDemoDeskCoversEveryStatusAndIsSeededOnlyOnce() throws Exception {
		assertThat(count("select count(*) from client where number between 'C-000001' and 'C-000200'"))
			.isEqualTo(DemoClientele.CLIENTS);
		assertThat(jdbc.queryForList("select distinct a.status from account a join client c on c.id = a.client_id "
				+ "where c.number <= 'C-000200'", String.class))
			.containsExactlyInAnyOrder("PENDING", "ACTIVE", "SUSPENDED", "CLOSED");
		List<String> orderStatuses = jdbc.queryForList("select distinct o.status from client_order o "
				+ "join client c on c.id = o.client_id where c.number <= 'C-000200'", String.class);
		assertThat(orderStatuses).containsExactlyInAnyOrder("RECEIVED", "CONFIRMED", "IN_FULFILLMENT", "SHIPPED",
				"DELIVERED", "CANCELLED", "RETURN_REQUESTED", "RETURNED");
		assertThat(count("select count(*) from client_order where status in ('RECEIVED', 'CONFIRMED', "
				+ "'IN_FULFILLMENT', 'SHIPPED') and (delay_declared or promised_delivery_date < current_date)"))
			.isPositive();
		assertThat(count("select count(*) from timeline_entry t join client c on c.id = t.client_id "
				+ "where c.number = 'C-000001'"))
			.isPositive();
		assertThat(count("select count(distinct country) from client where number <= 'C-000200'")).isEqualTo(5);

		long clients = count("select count(*) from client");
		demo.run(null);
		assertThat(count("select count(*) from client")).isEqualTo(clients);
	}

	private long count(String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}

}
