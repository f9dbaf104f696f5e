package io.servicedesk.dataset;

/**
 * Calls and visits agents logged on clients' timelines over the client's time with the
 * desk: mostly calls (in and out, by phone), some visits in person, each with a summary
 * and a duration.
 */
final class InteractionStep implements DatasetStep {

	@Override
	public String name() {
		return "calls";
	}

	@Override
	public long rows(DatasetSize size) {
		return size.interactions();
	}

	@Override
	public void run(Load load) {
		Noise n = load.noise();
		int actors = StaffStep.actors(load);
		String sql = """
				insert into timeline_entry (client_id, occurred_at, kind, channel, direction, summary,
				  duration_minutes, actor, created_at)
				select c.id, at, case when visit then 'VISIT' else 'CALL' end,
				  case when visit then 'IN_PERSON' else 'PHONE' end,
				  case when visit or inbound then 'INBOUND' else 'OUTBOUND' end,
				  case when visit then visit_summary when inbound then inbound_summary else outbound_summary end,
				  minutes, a.username, at
				from (
				  select g, 1 + %1$s as client_k, 1 + %2$s as actor_k, %3$s < 15 as visit, %4$s < 70 as inbound,
				    %5$s as u_at, 2 + %6$s as minutes, %7$s as visit_summary, %8$s as inbound_summary,
				    %9$s as outbound_summary
				  from generate_series(?::bigint, ?::bigint) g
				  offset 0
				) r
				join client c on c.id = r.client_k
				join ds_actor a on a.k = r.actor_k
				cross join lateral (select c.created_at + u_at * (%10$s - c.created_at) as at) t""".formatted(
				n.below(1, "g", load.size().clients()), n.below(2, "g", actors), n.below(3, "g", 100),
				n.below(4, "g", 100), n.unit(5, "g"), n.below(6, "g", 28),
				n.pick(7, "g",
						Noise.textArray("Brought the signed contract to the branch.",
								"Came in to return an item; receipt checked and return started.",
								"Asked for help setting up online access; shown how to sign in.",
								"Collected a replacement card at the branch.")),
				n.pick(8, "g",
						Noise.textArray("Asked about the opening hours of the branch.",
								"Wanted to change the delivery address; told how to do it online.",
								"Asked for a copy of the last invoice; sent by e-mail.",
								"Asked about the warranty terms of a recent order.",
								"Reported a wrong charge on the statement; checked and explained.",
								"Asked when the order will arrive; gave the tracking number.")),
				n.pick(9, "g",
						Noise.textArray("Called back about the warranty terms.",
								"Confirmed the new delivery date with the client.",
								"Reminded the client of the documents still missing for the account.",
								"Followed up on the refund; the client confirmed receipt.")),
				load.asOf());
		load.inChunks(load.size().interactions(), (from, to) -> load.jdbc().update(sql, from, to));
	}

}
