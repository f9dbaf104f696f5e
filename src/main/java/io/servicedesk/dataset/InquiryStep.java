package io.servicedesk.dataset;

/**
 * The inquiries, five a client on average, each lived through the inquiry lifecycle up to
 * the as-of day: recorded by an agent (a third left unassigned in the agent's team until
 * someone takes them), answered (the first response, usually within the SLA target, 7 %
 * late), three in ten waiting for the client's answer on the way (four in ten of those
 * for one to eight weeks), resolved with a summary and a survey invitation (a third
 * answered with a rating), 6 % reopened by the client's reply and resolved again, and
 * closed a few days later. One in five was created in the last thirty days, so about 5 %
 * are still open (NEW, OPEN, WAITING_ON_CLIENT) and some of them are at risk or breached;
 * the SLA clock and its announcements are what the breach job would have left. Every
 * sixteenth inquiry (at scale 1) was escalated into a complaint right after it came in,
 * before anyone answered it, and became what the application makes of an escalated
 * inquiry: it links to the complaint ({@code escalated_to}, the timeline's note), is
 * resolved as escalated at that moment (NEW → RESOLVED, the agent's reason its resolution
 * summary, its resolution clock stopped, no first response and no survey) and stays so:
 * it is neither reopened nor closed, its matter goes on on the complaint.
 */
final class InquiryStep implements DatasetStep {

	static final String CHANNELS = Noise.textArray("EMAIL", "EMAIL", "EMAIL", "PHONE", "PHONE", "PHONE", "WEB_FORM",
			"WEB_FORM", "CHAT", "CHAT", "SOCIAL", "FAX", "IN_PERSON");

	@Override
	public String name() {
		return "inquiries";
	}

	@Override
	public long rows(DatasetSize size) {
		return size.inquiries();
	}

	/**
	 * An inquiry costs about three times an order (its SLA arithmetic, timeline, search
	 * vector and client timeline lines), which keeps the time left honest.
	 */
	@Override
	public long cost(DatasetSize size) {
		return 40L * size.inquiries();
	}

	@Override
	public void run(Load load) {
		Noise n = load.noise();
		DatasetSize size = load.size();
		String asOf = load.asOf();
		CaseTables.create(load);
		CaseTexts.create(load);
		CaseRows.languageConfigs(load);
		Integer workers = load.jdbc().queryForObject("select count(*) from ds_worker", Integer.class);
		load.execute("""
				create temporary table ds_escalation (complaint_k integer primary key, inquiry_id bigint,
				  inquiry_ref text, escalated_at timestamptz, reason_k integer) on commit drop""");
		String plan = """
				select d.*, 'INQUIRY' as kind,
				  case when t7 < %1$s then 'CLOSED' when t6 < %1$s then 'RESOLVED' when t5 < %1$s then 'OPEN'
				    when t4 < %1$s then 'RESOLVED' when t3 < %1$s then 'OPEN' when t2 < %1$s then 'WAITING_ON_CLIENT'
				    when t1 < %1$s then 'OPEN' else 'NEW' end as status,
				  case when has_wait then t2 when has_reopen then t4 end as ia,
				  case when has_wait then t3 when has_reopen then t5 end as ib,
				  case when has_wait then 'WAIT' when has_reopen then 'REOPEN' end as itype,
				  case when has_wait then (pg_temp.bsec(cal, t3) - pg_temp.bsec(cal, t2)) / 60
				    when has_reopen then (pg_temp.bsec(cal, t5) - b4) / 60 end as p,
				  coalesce(t6, t4) as res_final, case when not escalated then t4 end as survey_at,
				  case when answered and not escalated
				    and coalesce(t6, t4) + answer_delay * interval '1 second' < t4 + interval '14 days'
				    then coalesce(t6, t4) + answer_delay * interval '1 second' end as survey_answered_at,
				  %2$s as survey_token
				from (
				select x.*, case when not escalated then coalesce(t6, t4) + close_delay * interval '1 second' end as t7
				from (
				  select s.*, b4, binv4.t4,
				    case when has_reopen then binv4.t4 + reopen_delay * interval '1 second' end as t5,
				    case when has_reopen then pg_temp.binv(cal, pg_temp.bsec(cal, binv4.t4 + reopen_delay * interval '1 second')
				      + rr * 60) end as t6
				  from (
				    select t.*,
				      case when has_wait then t1 + wait_gap * interval '1 second' end as t2,
				      case when has_wait then t1 + (wait_gap + reply_delay) * interval '1 second' end as t3
				    from (
				      select d.*, pol.calendar_id as cal, pol.policy_id, pol.escalation_team_id, pol.pct, pol.fr_min,
				        pol.res_min, b.b0,
				        case when escalated then 'infinity'::timestamptz
				          else pg_temp.binv(pol.calendar_id,
				            b.b0 + greatest(1, round(pol.fr_min * (0.05 + 1.1 * u_fr * u_fr)))::bigint * 60) end as t1,
				        greatest(1, round(pol.res_min * case when stalled then 1.2 + 2 * u_res else 0.05 + 0.85 * u_res end))::bigint
				          as res_act
				      from (
				        select r.*, cc.language, cc.preferred_channel, subj.body as subject, subj.vec as subject_vec,
				          cat.code as category_code, w.username as worker, w.team_id, tk.name as team_name,
				          cc.id as client_id,
				          case when prio_roll < 15 then prio_pick else coalesce(cat.default_priority, 'NORMAL') end as priority,
				          case when escalated then pg_temp.reference('CMP-', g / %3$d) end as complaint_ref,
				          wait and not escalated as has_wait, reopen and not wait and not escalated as has_reopen,
				          date_trunc('second', case
				            when escalated and recent then greatest(cc.created_at + interval '10 minutes',
				              %1$s - interval '30 days' + u_created * interval '29 days')
				            when recent then greatest(cc.created_at + interval '10 minutes',
				              %1$s - u_created * interval '30 days' - interval '1 minute')
				            else cc.created_at + interval '10 minutes'
				              + u_created * (%1$s - interval '45 days' - cc.created_at) end) as t0,
				          cc.created_at as client_created, cc.first_order, cc.first_order_at
				        from (
				          select g, 1 + %4$s as client_k, 1 + %5$s as worker_k, %6$s < 210 as recent, %7$s as u_created,
				            %8$s as channel, 1 + %9$s as conv, %10$s as prio_roll, %11$s as prio_pick,
				            %12$s < 35 as assign_later, %13$s as u_assign, %14$s as u_fr, %15$s < 30 as wait,
				            60 + %16$s as wait_gap, case when %35$s < 40 then 7 * 86400 + %36$s else 1800 + %17$s end as reply_delay, %18$s as u_res, %19$s < 50 as stalled,
				            %20$s < 6 as reopen, 3600 + %21$s as reopen_delay, 30 + %22$s as rr, %23$s < 35 as answered,
				            600 + %24$s as answer_delay, %25$s as rating, %26$s < 45 as with_comment,
				            86400 + %27$s as close_delay, %28$s < 35 as noted, %29$s as u_note, 1 + %30$s as note_k,
				            60 + %31$s as esc_gap, 1 + %32$s as esc_k, %33$s as link_roll,
				            g %% %3$d = 0 and g / %3$d <= %34$d as escalated
				          from generate_series({from}::bigint, {to}::bigint) g
				          offset 0
				        ) r
				        join ds_client_case cc on cc.id = r.client_k
				        join ds_worker w on w.k = r.worker_k
				        join ds_team_k tk on tk.team_id = w.team_id
				        join ds_case_text subj on subj.language = cc.language and subj.kind = 'subject' and subj.k = r.conv
				        left join ds_category cat on cat.kind = 'INQUIRY' and cat.code = subj.category
				      ) d
				      join ds_policy pol on pol.kind = 'INQUIRY' and pol.priority = d.priority
				      cross join lateral (select pg_temp.bsec(pol.calendar_id, d.t0) as b0 offset 0) b
				      offset 0
				    ) t
				    offset 0
				  ) s
				  cross join lateral (select case when escalated then null
				    else case when has_wait then pg_temp.bsec(cal, t3) else pg_temp.bsec(cal, t1) end + res_act * 60 end as b4
				    offset 0) bb
				  cross join lateral (select case when escalated then t0 + esc_gap * interval '1 second'
				    else pg_temp.binv(cal, b4) end as t4 offset 0) binv4
				  offset 0
				) x
				offset 0
				) d"""
			.formatted(asOf, CaseRows.surveyToken(load, "INQUIRY", "pg_temp.reference('INQ-', g)"),
					size.escalationStride(), n.below(1, "g", size.clients()), n.below(2, "g", workers),
					n.below(3, "g", 1000), n.unit(4, "g"), n.pick(5, "g", CHANNELS),
					n.below(6, "g", CaseTexts.inquiryConversations()), n.below(7, "g", 100),
					n.pick(8, "g", Noise.textArray("LOW", "NORMAL", "HIGH", "URGENT")), n.below(9, "g", 100),
					n.unit(10, "g"), n.unit(11, "g"), n.below(12, "g", 100), n.below(13, "g", 540),
					n.below(14, "g", 5 * 86400), n.unit(15, "g"), n.below(16, "g", 1000), n.below(17, "g", 100),
					n.below(18, "g", 3 * 86400), n.below(19, "g", 570), n.below(20, "g", 100),
					n.below(21, "g", 4 * 86400), n.pick(22, "g", "array[5, 5, 5, 5, 4, 4, 4, 3, 3, 2, 1]"),
					n.below(23, "g", 100), n.below(24, "g", 9 * 86400), n.below(25, "g", 100), n.unit(26, "g"),
					n.below(27, "g", 3), n.below(28, "g", 1740), n.below(29, "g", 2), n.below(30, "g", 100),
					size.escalatedComplaints(), n.below(31, "g", 100), n.below(32, "g", 53 * 86400));
		load.inChunks(size.inquiries(), (from, to) -> {
			CaseRows.prepare(load);
			load.stage("ds_inquiry", plan.replace("{from}", Long.toString(from)).replace("{to}", Long.toString(to)));
			load.stage("ds_case_plan",
					"""
							select g as id, kind, pg_temp.reference('INQ-', g) as reference, status,
							  status in ('NEW', 'OPEN', 'WAITING_ON_CLIENT') as active, priority, category_code, channel, subject,
							  subject_vec, language, client_id,
							  case when t0 > client_created + interval '4 days' and (link_roll < 20
							    or category_code in ('billing-question', 'account-access', 'card-blocked'))
							    then pg_temp.reference('A-', client_id) end as account_number,
							  case when first_order_at < t0 and category_code in ('delivery-status', 'product-information')
							    then first_order end as order_number,
							  team_id, case when assign_later and not ta < %1$s then null else worker end as assignee,
							  worker as created_by, t0, cal, policy_id, escalation_team_id, pct, fr_min, res_min, b0, t1, ia, ib,
							  itype, p, res_final, survey_at, survey_token, survey_answered_at, rating,
							  case when with_comment then (select x.body from ds_case_text x where x.language = i.language
							    and x.kind = 'survey_comment' and x.k = case when rating >= 4 then 1 when rating = 3 then 2 else 3 end)
							  end as survey_comment
							from (select *, date_trunc('second', t0 + u_assign * (t4 - t0)) as ta from ds_inquiry) i"""
						.formatted(asOf));
			load.execute(
					"""
							insert into ds_case_entry (case_id, at, seq, kind, channel, body, vec, detail, actor, touches, tl_kind,
							  tl_channel)
							select i.g, e.at, e.seq, e.kind, e.channel, x.body, x.vec, e.detail, i.worker, true, e.tl_kind,
							  %2$s
							from (select *, date_trunc('second', t0 + u_assign * (t4 - t0)) as ta,
							    coalesce(preferred_channel, channel) as out_channel,
							    case when channel = 'PHONE' then 'CALL' else 'MESSAGE_IN' end as in_kind from ds_inquiry) i
							cross join lateral (values
							  (t0, 1, 'OPENED', channel, 'question', conv, null, 'CASE_OPENED'),
							  (case when assign_later then ta end, 2, 'ASSIGNED', null, null, null, team_name || ' / ' || worker, null),
							  (case when escalated then t4 end, 3, 'STATUS_CHANGED', null, null, null, 'NEW → RESOLVED', null),
							  (case when escalated then t4 end, 4, 'NOTE', null, 'escalation', esc_k,
							    'escalated:' || complaint_ref, null),
							  (t1, 5, 'MESSAGE_OUT', out_channel, 'reply', conv, null, 'CASE_MESSAGE_OUT'),
							  (t1, 6, 'STATUS_CHANGED', null, null, null, 'NEW → OPEN', null),
							  (case when noted and not escalated then date_trunc('second', t1 + u_note * (t4 - t1)) end, 7, 'NOTE',
							    null, 'note', note_k, null, null),
							  (t2, 8, 'STATUS_CHANGED', null, null, null, 'OPEN → WAITING_ON_CLIENT', null),
							  (t3, 9, in_kind, channel, 'follow_up', conv, null, 'CASE_MESSAGE_IN'),
							  (t3, 10, 'STATUS_CHANGED', null, null, null, 'WAITING_ON_CLIENT → OPEN', null),
							  (case when not escalated then t4 end, 11, 'STATUS_CHANGED', null, 'resolution', conv, 'OPEN → RESOLVED',
							    null),
							  (t5, 12, in_kind, channel, 'follow_up', conv, null, 'CASE_MESSAGE_IN'),
							  (t5, 13, 'STATUS_CHANGED', null, null, null, 'RESOLVED → OPEN', null),
							  (t6, 14, 'STATUS_CHANGED', null, 'resolution', conv, 'OPEN → RESOLVED', null),
							  (t7, 15, 'STATUS_CHANGED', null, null, null, 'RESOLVED → CLOSED', null)
							) e (at, seq, kind, channel, text_kind, text_k, detail, tl_kind)
							left join ds_case_text x on x.language = i.language and x.kind = e.text_kind and x.k = e.text_k
							where e.at < %1$s"""
						.formatted(asOf, CaseRows.contactChannel("e.channel")));
			CaseRows.write(load);
			load.execute("""
					insert into inquiry (id, resolution_summary, resolved_at, closed_at, escalated_to)
					select i.g, case when i.escalated then esc.body when i.t4 < %1$s then x.body end,
					  case when i.t6 < %1$s then i.t6 when i.status in ('RESOLVED', 'CLOSED') then i.t4 end,
					  case when i.t7 < %1$s then i.t7 end, case when i.escalated then i.complaint_ref end
					from ds_inquiry i
					left join ds_case_text x on x.language = i.language and x.kind = 'resolution' and x.k = i.conv
					left join ds_case_text esc on i.escalated and esc.language = i.language and esc.kind = 'escalation'
					  and esc.k = i.esc_k""".formatted(asOf));
			load.execute("""
					insert into ds_escalation (complaint_k, inquiry_id, inquiry_ref, escalated_at, reason_k)
					select g / %d, g, pg_temp.reference('INQ-', g), t0 + esc_gap * interval '1 second', esc_k
					from ds_inquiry where escalated""".formatted(size.escalationStride()));
		});
		load.execute("select setval('inquiry_number_seq', %d)".formatted(size.inquiries()));
	}

}
