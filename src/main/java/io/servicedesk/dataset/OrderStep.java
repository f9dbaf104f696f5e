package io.servicedesk.dataset;

/**
 * The orders with their lines, status history and timeline entries, five per client on
 * average. The mix follows the order lifecycle: 88 % DELIVERED, 6 % CANCELLED (before
 * shipping), 3.5 % RETURNED with a refund of half to all of the total, 0.5 %
 * RETURN_REQUESTED and 2 % still open (placed one to three weeks ago, so many are past
 * their promised date). A quarter of the open orders and 3 % of the delivered ones had
 * their delivery date moved with the client informed, which is in the history (a change
 * from a status to itself, as the application records it) and on the timeline. The
 * history holds every step with increasing times; the timeline holds the placement, the
 * last status change and the delay notice, so that it stays at the reference dataset's
 * size.
 */
final class OrderStep implements DatasetStep {

	private static final String PATH = Noise.textArray("RECEIVED", "CONFIRMED", "IN_FULFILLMENT", "SHIPPED",
			"DELIVERED", "RETURN_REQUESTED", "RETURNED");

	@Override
	public String name() {
		return "orders";
	}

	@Override
	public long rows(DatasetSize size) {
		return size.orders();
	}

	@Override
	public long cost(DatasetSize size) {
		return 12L * size.orders();
	}

	@Override
	public void run(Load load) {
		Noise n = load.noise();
		int actors = StaffStep.actors(load);
		String asOf = load.asOf();
		String plan = """
				select id, client_id, currency, rate, actor, channel, status, last_step, placed, c, last_at,
				  declared, delay_status, original_date,
				  case when not declared then null
				    when status in ('RECEIVED', 'CONFIRMED', 'IN_FULFILLMENT', 'SHIPPED')
				      then last_at + interval '1 minute' + u_delay * (%1$s - last_at - interval '2 minutes')
				    else placed + (c[4] + 1 + u_delay * (c[5] - c[4] - 2)) * interval '1 minute' end as delay_at,
				  original_date + case when declared then 3 + delay_days else 0 end as promised_date,
				  informed_via, with_account, with_advance, line_count, u_refund, cancel_note, return_note, delay_reason
				from (
				  select *,
				    case when status = 'CANCELLED' then placed + (c[last_step] + cancel_minutes) * interval '1 minute'
				      else placed + c[last_step + 1] * interval '1 minute' end as last_at,
				    case when status in ('RECEIVED', 'CONFIRMED', 'IN_FULFILLMENT', 'SHIPPED') then status
				      else 'SHIPPED' end as delay_status,
				    (placed at time zone 'UTC')::date + 3 + promise_days as original_date
				  from (
				    select *,
				      case status when 'RECEIVED' then 0 when 'CONFIRMED' then 1 when 'IN_FULFILLMENT' then 2
				        when 'SHIPPED' then 3 when 'DELIVERED' then 4 when 'RETURN_REQUESTED' then 5
				        when 'RETURNED' then 6 else cancel_after + 1 end as last_step,
				      case when status in ('RECEIVED', 'CONFIRMED', 'IN_FULFILLMENT', 'SHIPPED')
				        then %1$s - interval '7 days' - u_place * interval '14 days'
				        else client_created + u_place * (%1$s - interval '50 days' - client_created) end as placed,
				      (status in ('RECEIVED', 'CONFIRMED', 'IN_FULFILLMENT', 'SHIPPED') and delay_roll < 250)
				        or (status in ('DELIVERED', 'RETURN_REQUESTED', 'RETURNED') and delay_roll < 30) as declared
				    from (
				      select g as id, cl.id as client_id, k.currency, k.rate, cl.created_at as client_created,
				        a.username as actor, r.*,
				        case when roll < 880 then 'DELIVERED' when roll < 940 then 'CANCELLED'
				          when roll < 945 then 'RETURN_REQUESTED' when roll < 980 then 'RETURNED'
				          when roll < 983 then 'RECEIVED' when roll < 986 then 'CONFIRMED'
				          when roll < 992 then 'IN_FULFILLMENT' else 'SHIPPED' end as status,
				        array[0, d1, d1 + d2, d1 + d2 + d3, d1 + d2 + d3 + d4, d1 + d2 + d3 + d4 + d5,
				          d1 + d2 + d3 + d4 + d5 + d6] as c
				      from (
				        select g, 1 + %2$s as client_k, 1 + %3$s as actor_k, %4$s as roll, %5$s as cancel_after,
				          %6$s as u_place, 60 + %7$s as d1, 240 + %8$s as d2, 720 + %9$s as d3, 1440 + %10$s as d4,
				          1440 + %11$s as d5, 2880 + %12$s as d6, 30 + %13$s as cancel_minutes, %14$s as channel,
				          %15$s < 60 as with_account, %16$s < 30 as with_advance, 1 + %17$s as line_count,
				          %18$s as delay_roll, %19$s as u_delay, %20$s::int as promise_days, %21$s::int as delay_days,
				          %22$s as informed_via, %23$s as u_refund, %24$s as cancel_note, %25$s as return_note,
				          %26$s as delay_reason
				        from generate_series({from}::bigint, {to}::bigint) g
				        offset 0
				      ) r
				      join client cl on cl.id = r.client_k
				      join ds_country k on k.code = cl.country
				      join ds_actor a on a.k = r.actor_k
				    ) drawn
				  ) timed
				) dated""".formatted(asOf, n.below(1, "g", load.size().clients()), n.below(2, "g", actors),
				n.below(3, "g", 1000), n.below(4, "g", 3), n.unit(5, "g"), n.below(6, "g", 23 * 60),
				n.below(7, "g", 44 * 60), n.below(8, "g", 60 * 60), n.below(9, "g", 96 * 60),
				n.below(10, "g", 19 * 1440), n.below(11, "g", 12 * 1440), n.below(12, "g", 72 * 60),
				n.pick(13, "g",
						Noise.textArray("PHONE", "PHONE", "EMAIL", "EMAIL", "WEB", "WEB", "WEB", "WEB", "IN_PERSON",
								"FAX")),
				n.below(14, "g", 100), n.below(15, "g", 100), n.below(16, "g", 4), n.below(17, "g", 1000),
				n.unit(18, "g"), n.below(19, "g", 12), n.below(20, "g", 12),
				n.pick(21, "g", Noise.textArray("PHONE", "EMAIL")), n.unit(22, "g"),
				n.pick(23, "g", Noise.textArray("Client no longer needs it", "Ordered by mistake",
						"Found a better price elsewhere", "Delivery date too late for the client", "Duplicate order")),
				n.pick(24, "g",
						Noise.textArray("Arrived damaged", "Wrong size", "Not as described",
								"Changed mind within the return period", "Parts missing")),
				n.pick(25, "g",
						Noise.textArray("Supplier delay", "Out of stock at the warehouse", "Carrier capacity shortage",
								"Customs clearance pending", "Damaged in the warehouse; replacement ordered")));
		String lines = """
				select p.id as order_id, l.position, pr.sku, pr.description, 1 + %s as quantity,
				  round(pr.price * p.rate, 2) as unit_price
				from ds_order_plan p
				cross join lateral generate_series(1, p.line_count) l (position)
				join ds_product pr on pr.k = 1 + %s""".formatted(n.below(30, "p.id * 8 + l.position", 3),
				n.below(31, "p.id * 8 + l.position", ReferenceTables.productCount()));
		String stepActor = "join ds_actor a on a.k = 1 + " + n.below(32, "p.id * 8 + s", actors);
		String delayActor = "join ds_actor a on a.k = 1 + " + n.below(33, "p.id", actors);
		load.inChunks(load.size().orders(), (from, to) -> {
			load.stage("ds_order_plan", plan.replace("{from}", Long.toString(from)).replace("{to}", Long.toString(to)));
			load.stage("ds_line_plan", lines);
			load.stage("ds_order_total", """
					select l.order_id, sum(l.quantity * l.unit_price) as total,
					  case when p.status = 'RETURNED'
					    then least(sum(l.quantity * l.unit_price), round(sum(l.quantity * l.unit_price)
					      * (0.5 + p.u_refund / 2)::numeric, 2)) end as refund
					from ds_line_plan l join ds_order_plan p on p.id = l.order_id
					group by l.order_id, p.status, p.u_refund""");
			load.execute(
					"""
							insert into client_order (id, number, client_id, account_number, channel, status, currency, total,
							  advance_paid, refund_amount, promised_delivery_date, original_delivery_date, delay_declared,
							  delivered_at, placed_by, created_at, updated_at)
							overriding system value
							select p.id, pg_temp.reference('O-', p.id), p.client_id,
							  case when p.with_account then pg_temp.reference('A-', p.client_id) end, p.channel, p.status,
							  p.currency, t.total, case when p.with_advance then trunc(t.total / 2, 2) else 0 end, t.refund,
							  p.promised_date, p.original_date, p.declared,
							  case when p.status <> 'CANCELLED' and p.last_step >= 4 then p.placed + p.c[5] * interval '1 minute'
							  end, p.actor, p.placed, greatest(p.last_at, p.delay_at)
							from ds_order_plan p join ds_order_total t on t.order_id = p.id""");
			load.execute("""
					insert into client_order_line (order_id, position, sku, description, quantity, unit_price)
					select order_id, position, sku, description, quantity, unit_price from ds_line_plan""");
			load.execute("""
					insert into client_order_status_change (order_id, from_status, to_status, changed_by, changed_at,
					  note)
					select p.id, case when s = 0 then null else (%1$s)[s] end,
					  case when p.status = 'CANCELLED' and s = p.last_step then 'CANCELLED' else (%1$s)[s + 1] end,
					  case when s = 0 then p.actor else a.username end,
					  case when s = p.last_step then p.last_at else p.placed + p.c[s + 1] * interval '1 minute' end,
					  case when s = p.last_step then %2$s when s = 5 then p.return_note end
					from ds_order_plan p
					join ds_order_total t on t.order_id = p.id
					cross join lateral generate_series(0, p.last_step) s
					%3$s
					union all
					select p.id, p.delay_status, p.delay_status, a.username, p.delay_at, %4$s
					from ds_order_plan p
					%5$s
					where p.declared""".formatted(PATH, lastNote(), stepActor, delayNote(), delayActor));
			load.execute("""
					insert into timeline_entry (client_id, occurred_at, kind, subject_ref, detail, channel, summary,
					  actor, created_at)
					select p.client_id, p.placed, 'ORDER_PLACED', pg_temp.reference('O-', p.id),
					  t.total || ' ' || p.currency, p.channel, null, p.actor, p.placed
					from ds_order_plan p join ds_order_total t on t.order_id = p.id
					union all
					select p.client_id, p.last_at, 'ORDER_STATUS_CHANGED', pg_temp.reference('O-', p.id),
					  p.status || case when p.status = 'RETURNED' then ' ' || t.refund || ' ' || p.currency else '' end,
					  null, %1$s, a.username, p.last_at
					from ds_order_plan p
					join ds_order_total t on t.order_id = p.id
					cross join lateral (select p.last_step as s) last
					%2$s
					where p.last_step > 0
					union all
					select p.client_id, p.delay_at, 'ORDER_DELAYED', pg_temp.reference('O-', p.id),
					  p.promised_date::text, p.informed_via, %3$s, a.username, p.delay_at
					from ds_order_plan p
					%4$s
					where p.declared""".formatted(lastNote(), stepActor, delayNote(), delayActor));
		});
		load.execute("select setval('order_number_seq', (select max(id) from client_order))");
		load.execute("select setval(pg_get_serial_sequence('client_order', 'id'), (select max(id) from client_order))");
	}

	/**
	 * The note of an order's last step: why it was cancelled or returned. A refund is a
	 * value of the order (and of its line on the client's timeline, {@code RETURNED 99.99
	 * EUR}), not a note.
	 */
	private static String lastNote() {
		return """
				case p.status when 'CANCELLED' then p.cancel_note when 'RETURN_REQUESTED' then p.return_note end""";
	}

	private static String delayNote() {
		return "p.delay_reason || '; new delivery date ' || p.promised_date || ' confirmed with the client'";
	}

}
