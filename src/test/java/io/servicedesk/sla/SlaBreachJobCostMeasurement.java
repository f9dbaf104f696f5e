package io.servicedesk.sla;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures one breach-job run among a million clocks (docs/architecture.md, "Performance
 * budgets"): with nothing due and with 1,000 clocks due. Heavy, so it is not part of the
 * suite; run it alone, on the throwaway test database:
 *
 * <pre>./mvnw -B test -Dtest=SlaBreachJobCostMeasurement -Dservicedesk.measure=true</pre>
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "servicedesk.measure", matches = "true")
class SlaBreachJobCostMeasurement {

	private static final int CLOCKS = 1_000_000;

	private static final int DUE = 1_000;

	@Autowired
	SlaBreachJob job;

	@Autowired
	JdbcClient jdbc;

	@Test
	void oneRunAmongAMillionClocks() {
		long policy = jdbc
			.sql("select id from sla_policy where case_kind = 'INQUIRY' and priority = 'NORMAL' and active")
			.query(Long.class)
			.single();
		long calendar = jdbc.sql("select calendar_id from sla_policy where id = :id")
			.param("id", policy)
			.query(Long.class)
			.single();
		job.run();

		long started = System.nanoTime();
		// Half of the cases are finished (nothing left to announce), half open with their
		// next instant ahead.
		jdbc.sql("""
				insert into sla_clock (case_kind, case_ref, priority, policy_id, calendar_id, at_risk_percent,
				    first_response_target_minutes, resolution_target_minutes, started_at,
				    first_response_due_at, first_response_at_risk_at, first_responded_at,
				    resolution_due_at, resolution_at_risk_at, resolved_at, next_due_at)
				select 'INQUIRY', 'INQ-M' || g, 'NORMAL', :policy, :calendar, 80, 240, 1200,
				    now() - interval '1 day',
				    now() + (g % 5000) * interval '1 minute', now() + (g % 5000) * interval '1 minute',
				    case when g % 2 = 0 then now() - interval '20 hours' end,
				    now() + (g % 9000 + 60) * interval '1 minute', now() + (g % 9000) * interval '1 minute',
				    case when g % 2 = 0 then now() - interval '10 hours' end,
				    case when g % 2 = 1 then now() + (g % 5000 + 1) * interval '1 minute' end
				from generate_series(1, :count) g""")
			.param("policy", policy)
			.param("calendar", calendar)
			.param("count", CLOCKS - DUE)
			.update();
		jdbc.sql("analyze sla_clock").update();
		System.out.printf("Inserted %,d clocks in %d ms%n", CLOCKS - DUE, (System.nanoTime() - started) / 1_000_000);

		List<Long> idle = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			long runStarted = System.nanoTime();
			assertThat(job.run()).isZero();
			idle.add((System.nanoTime() - runStarted) / 1_000);
		}
		Collections.sort(idle);
		System.out.printf("Nothing due among %,d clocks: median %.2f ms, max %.2f ms per run (20 runs)%n", CLOCKS - DUE,
				idle.get(10) / 1000.0, idle.get(19) / 1000.0);
		System.out.println(String.join("\n", jdbc.sql("""
				explain (analyze, buffers) select * from sla_clock
				where next_due_at is not null and next_due_at <= now()
				order by next_due_at limit 200 for update skip locked""").query(String.class).list()));

		jdbc.sql("""
				insert into sla_clock (case_kind, case_ref, priority, policy_id, calendar_id, at_risk_percent,
				    first_response_target_minutes, resolution_target_minutes, started_at,
				    first_response_due_at, first_response_at_risk_at, resolution_due_at, resolution_at_risk_at,
				    next_due_at)
				select 'INQUIRY', 'INQ-D' || g, 'NORMAL', :policy, :calendar, 80, 240, 1200,
				    now() - interval '3 days', now() - interval '2 days', now() - interval '2 days',
				    now() - interval '1 day', now() - interval '1 day', now() - interval '2 days'
				from generate_series(1, :count) g""")
			.param("policy", policy)
			.param("calendar", calendar)
			.param("count", DUE)
			.update();
		long dueStarted = System.nanoTime();
		int announced = job.run();
		long dueMillis = (System.nanoTime() - dueStarted) / 1_000_000;
		System.out.printf("%,d clocks due among %,d: %,d announcements (events stored) in %d ms%n", DUE, CLOCKS,
				announced, dueMillis);
		assertThat(announced).isEqualTo(2 * DUE);
	}

}
