package io.servicedesk.dataset;

/**
 * The accounts: every client's first account opened within three days of registering, the
 * rest (half as many) opened later by random clients. 8 % are PENDING (opened in the last
 * month, opening checklist incomplete), 70 % ACTIVE, 7 % SUSPENDED and 15 % CLOSED, each
 * with the reason and dates its lifecycle needs; all but the pending ones have a complete
 * checklist ticked before activation. Opening, activation, suspension and closing are on
 * the client's timeline.
 */
final class AccountStep implements DatasetStep {

	@Override
	public String name() {
		return "accounts";
	}

	@Override
	public long rows(DatasetSize size) {
		return size.accounts();
	}

	@Override
	public long cost(DatasetSize size) {
		return 6L * size.accounts();
	}

	@Override
	public void run(Load load) {
		Noise n = load.noise();
		int actors = StaffStep.actors(load);
		int clients = load.size().clients();
		String plan = """
				select id, client_id, type, currency, status, actor, opened, activated, ended,
				  case status when 'SUSPENDED' then suspend_reason when 'CLOSED' then close_reason end as reason,
				  pending_done
				from (
				  select id, client_id, type, currency, status, actor, opened,
				    case when status <> 'PENDING' then opened + activation_hours * interval '1 hour' end as activated,
				    case when status in ('SUSPENDED', 'CLOSED') then opened + activation_hours * interval '1 hour'
				      + interval '1 hour' + u_end * (%3$s - opened - (activation_hours + 2) * interval '1 hour') end
				      as ended,
				    pending_done, suspend_reason, close_reason
				  from (
				    select g as id, c.id as client_id,
				      case when c.kind = 'COMPANY' then 'BUSINESS' when %4$s = 0 then 'PREMIUM' else 'STANDARD' end as type,
				      k.currency, a.username as actor,
				      case when roll < 8 then 'PENDING' when roll < 15 then 'SUSPENDED' when roll < 30 then 'CLOSED'
				        else 'ACTIVE' end as status,
				      case when roll < 8 then %3$s - u_open * interval '29 days'
				        when g <= %5$d then c.created_at + u_open * interval '3 days'
				        else c.created_at + u_open * (%3$s - interval '3 days' - c.created_at) end as opened,
				      activation_hours, u_end, pending_done, suspend_reason, close_reason
				    from (
				      select g, %6$s as roll, %7$s as u_open, 1 + %8$s as activation_hours, %9$s as u_end,
				        %10$s as pending_done,
				        case when g <= %5$d then g else 1 + %11$s end as client_id,
				        1 + %12$s as actor_k, %1$s as suspend_reason, %2$s as close_reason
				      from generate_series(?::bigint, ?::bigint) g
				      offset 0
				    ) r
				    join client c on c.id = r.client_id
				    join ds_country k on k.code = c.country
				    join ds_actor a on a.k = r.actor_k
				  ) drawn
				) dated"""
			.formatted(
					n.pick(20, "g",
							Noise.textArray("Payment overdue for more than 60 days",
									"Suspected fraud reported by the client", "Documents expired; waiting for new ones",
									"Suspended at the client's request while abroad")),
					n.pick(21, "g",
							Noise.textArray("Closed at the client's request", "Client moved abroad",
									"Replaced by a business account", "Dormant for more than two years",
									"Contract terminated after repeated payment arrears")),
					load.asOf(), n.below(1, "g", 4), clients, n.below(2, "g", 100), n.unit(3, "g"), n.below(4, "g", 47),
					n.unit(5, "g"), n.below(6, "g", 3), n.below(7, "g", clients), n.below(8, "g", actors));
		load.inChunks(load.size().accounts(), (from, to) -> {
			load.stage("ds_account_plan", plan.replaceFirst("\\?::bigint, \\?::bigint", from + ", " + to));
			load.execute("""
					insert into account (id, number, client_id, type, currency, status, opened_on, closed_on,
					  status_reason, created_at, updated_at)
					overriding system value
					select id, pg_temp.reference('A-', id), client_id, type, currency, status,
					  (opened at time zone 'UTC')::date,
					  case when status = 'CLOSED' then (ended at time zone 'UTC')::date end, reason, opened,
					  coalesce(ended, activated, opened)
					from ds_account_plan""");
			load.execute("""
					insert into account_checklist_item (account_id, item, position, done, done_by, done_at)
					select p.id, t.item, t.position, done, case when done then p.actor end,
					  case when done then p.opened + t.position * (coalesce(p.activated, %s) - p.opened) / 4 end
					from ds_account_plan p
					cross join account_checklist_template t
					cross join lateral (select p.status <> 'PENDING' or t.position <= p.pending_done as done) d
					where t.active""".formatted(load.asOf()));
			load.execute("""
					insert into timeline_entry (client_id, occurred_at, kind, subject_ref, detail, summary, actor,
					  created_at)
					select p.client_id, e.at, e.kind, pg_temp.reference('A-', p.id), e.detail, e.summary, p.actor, e.at
					from ds_account_plan p
					cross join lateral (values
					    ('ACCOUNT_OPENED', p.opened, p.type, null),
					    ('ACCOUNT_ACTIVATED', p.activated, null, null),
					    (case p.status when 'SUSPENDED' then 'ACCOUNT_SUSPENDED' else 'ACCOUNT_CLOSED' end, p.ended,
					      null, p.reason)) e (kind, at, detail, summary)
					where e.at is not null""");
		});
		load.execute("select setval('account_number_seq', (select max(id) from account))");
		load.execute("select setval(pg_get_serial_sequence('account', 'id'), (select max(id) from account))");
	}

}
