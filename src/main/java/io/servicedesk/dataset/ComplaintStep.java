package io.servicedesk.dataset;

/**
 * The complaints, each lived through the complaint lifecycle up to the as-of day. Three
 * in ten were escalated from an inquiry (the same client, channel, subject, priority,
 * account, order and team, linked both ways, opened with the reason for the escalation);
 * the others were registered directly with a category, a severity and often a desired
 * outcome. About half claim an amount. Each is acknowledged (the first response, 5 %
 * late), investigated (a quarter only a day or two later), in 45 % forwarded to another
 * team with a question and a due date for the answer (a quarter answered late), given a
 * proposed resolution (outcome, remedy, amount where money is paid, root cause) that a
 * supervisor other than the proposer approves (one in ten sent back first), and closed:
 * accepted by the client or by the close job fourteen days after the resolution. 5 % are
 * reopened by the client within days and resolved again. An agent proposes at most the
 * claimed amount; a supervisor may propose more or an amount nobody claimed. One in six
 * was registered in the last five weeks, so every status of the lifecycle has open
 * complaints, forwarded ones with overdue answers and proposals waiting for review among
 * them.
 */
final class ComplaintStep implements DatasetStep {

	@Override
	public String name() {
		return "complaints";
	}

	@Override
	public long rows(DatasetSize size) {
		return size.complaints();
	}

	/** A complaint costs about two inquiries. */
	@Override
	public long cost(DatasetSize size) {
		return 80L * size.complaints();
	}

	@Override
	public void run(Load load) {
		Noise n = load.noise();
		DatasetSize size = load.size();
		String asOf = load.asOf();
		CaseTables.requireStaff(load);
		Integer workers = load.jdbc().queryForObject("select count(*) from ds_worker", Integer.class);
		Integer teams = load.jdbc().queryForObject("select count(*) from ds_team_k", Integer.class);
		Integer leads = load.jdbc().queryForObject("select count(*) from ds_lead", Integer.class);
		Integer rootCauses = load.jdbc()
			.queryForObject("select count(*) from ds_category where kind = 'COMPLAINT'", Integer.class);
		if (rootCauses == null || rootCauses == 0) {
			throw new IllegalStateException("Complaints need at least one active complaint category as root cause");
		}
		int inquiries = size.inquiries();
		String plan = """
				select d.*, pol.calendar_id as cal, pol.policy_id, pol.escalation_team_id, pol.pct, pol.fr_min, pol.res_min,
				  b.b0, a1.t1, a2.t2, a3.t3, ad.answer_due_at, a4.t4, a5.t5, a6.t6, a7.t7, a8.t8, a9.t9, a10.t10, a11.t11,
				  a12.t12, ap.p,
				  case when t12 < %1$s then 'CLOSED' when t11 < %1$s then 'RESOLVED'
				    when t10 < %1$s then 'RESOLUTION_PROPOSED' when t9 < %1$s then 'REOPENED' when t8 < %1$s then 'RESOLVED'
				    when t7 < %1$s then 'RESOLUTION_PROPOSED' when t6 < %1$s then 'INVESTIGATING'
				    when t5 < %1$s then 'RESOLUTION_PROPOSED' when t4 < %1$s then 'INVESTIGATING'
				    when t3 < %1$s then 'FORWARDED' when t2 < %1$s then 'INVESTIGATING' when t1 < %1$s then 'ACKNOWLEDGED'
				    else 'RECEIVED' end as status,
				  coalesce(t11, t8) as res_final, t8 as survey_at,
				  case when answered and coalesce(t11, t8) + answer_delay * interval '1 second' < t8 + interval '14 days'
				    then coalesce(t11, t8) + answer_delay * interval '1 second' end as survey_answered_at,
				  %2$s as survey_token
				from ({drawn}) d
				join ds_policy pol on pol.kind = 'COMPLAINT' and pol.priority = d.priority
				cross join lateral (select pg_temp.bsec(pol.calendar_id, d.t0) as b0 offset 0) b
				cross join lateral (select pg_temp.binv(pol.calendar_id,
				  b.b0 + greatest(1, round(pol.fr_min * (0.1 + 1.0 * d.u_fr * d.u_fr)))::bigint * 60) as t1 offset 0) a1
				cross join lateral (select a1.t1 + (300 + d.inv_gap) * interval '1 second' as t2 offset 0) a2
				cross join lateral (select case when d.forwarded then pg_temp.binv(pol.calendar_id,
				  pg_temp.bsec(pol.calendar_id, a2.t2) + (30 + d.forward_min) * 60) end as t3 offset 0) a3
				cross join lateral (select date_trunc('minute', a3.t3 + (3 + d.due_days) * interval '1 day') as answer_due_at offset 0) ad
				cross join lateral (select date_trunc('second', a3.t3 + (ad.answer_due_at - a3.t3) * (0.3 + 1.3 * d.u_answer))
				  as t4 offset 0) a4
				cross join lateral (select pg_temp.binv(pol.calendar_id, pg_temp.bsec(pol.calendar_id, coalesce(a4.t4, a2.t2))
				  + case when d.stalled then 3000 + d.stall_min else 60 + d.propose_min end * 60) as t5 offset 0) a5
				cross join lateral (select case when d.sent_back then pg_temp.binv(pol.calendar_id,
				  pg_temp.bsec(pol.calendar_id, a5.t5) + (30 + d.back_min) * 60) end as t6 offset 0) a6
				cross join lateral (select case when d.sent_back then pg_temp.binv(pol.calendar_id,
				  pg_temp.bsec(pol.calendar_id, a6.t6) + (60 + d.repropose_min) * 60) end as t7 offset 0) a7
				cross join lateral (select pg_temp.binv(pol.calendar_id, pg_temp.bsec(pol.calendar_id, coalesce(a7.t7, a5.t5))
				  + (30 + d.approve_min) * 60) as t8 offset 0) a8
				cross join lateral (select case when d.has_reopen then a8.t8 + d.reopen_delay * interval '1 second' end as t9 offset 0) a9
				cross join lateral (select case when d.has_reopen then pg_temp.binv(pol.calendar_id,
				  pg_temp.bsec(pol.calendar_id, a9.t9) + (60 + d.propose2_min) * 60) end as t10 offset 0) a10
				cross join lateral (select case when d.has_reopen then pg_temp.binv(pol.calendar_id,
				  pg_temp.bsec(pol.calendar_id, a10.t10) + (30 + d.approve2_min) * 60) end as t11 offset 0) a11
				cross join lateral (select coalesce(a11.t11, a8.t8) + case when d.accepted then 3600 + d.close_delay
				  else 14 * 86400 + 30 + d.close_jitter end * interval '1 second' as t12 offset 0) a12
				cross join lateral (select case when d.has_reopen then (pg_temp.bsec(pol.calendar_id, a9.t9)
				  - pg_temp.bsec(pol.calendar_id, a8.t8)) / 60 end as p offset 0) ap""";
		String drawn = """
				select r.*, coalesce(r.i_channel, r.own_channel) as channel, coalesce(r.i_subject, subj.body) as subject,
				  coalesce(isubj.vec, subj.vec) as subject_vec,
				  case when not r.escalated then cat.code end as category_code,
				  coalesce(r.i_priority, case when r.prio_roll < 10 then r.prio_pick when r.severity = 'MINOR' then 'NORMAL'
				    when r.severity = 'MAJOR' then 'HIGH' else 'URGENT' end) as priority,
				  coalesce(r.i_worker, wk.username) as worker, coalesce(r.i_team, wk.team_id) as team_id,
				  coalesce(iwk.role, wk.role) as worker_role,
				  case when r.escalated then r.i_account
				    when r.link_roll < 40 and r.t0 > r.client_created + interval '4 days'
				      then pg_temp.reference('A-', r.client_id) end as account_number,
				  case when r.escalated then r.i_order
				    when cat.code in ('late-delivery', 'damaged-goods') and r.first_order_at < r.t0
				      then r.first_order end as order_number,
				  not r.assign_roll or r.escalated as assigned_at_once
				from (
				  select r0.*, e0.inquiry_id, e0.inquiry_ref, e0.reason_k, e0.complaint_k is not null as escalated,
				    i0.channel as i_channel, i0.subject as i_subject, i0.priority as i_priority, i0.account_number as i_account,
				    i0.order_number as i_order, i0.team_id as i_team, i0.created_by as i_worker,
				    cc.id as client_id, cc.language, cc.preferred_channel, cc.currency as client_currency,
				    cc.created_at as client_created, cc.first_order, cc.first_order_at,
				    coalesce(e0.escalated_at, date_trunc('second', case
				      when recent then greatest(cc.created_at + interval '10 minutes', %1$s - u_created * interval '35 days'
				        - interval '1 minute')
				      else cc.created_at + interval '10 minutes'
				        + u_created * (%1$s - interval '60 days' - cc.created_at) end)) as t0
				  from (
				    select c, %2$d + c as id, 1 + %3$s as client_k, 1 + %4$s as worker_k, %5$s < 170 as recent,
				      %6$s as u_created, %7$s as own_channel, 1 + %8$s as conv, %9$s as severity, %10$s as prio_roll,
				      %11$s as prio_pick, %12$s < 25 as assign_roll, %13$s as u_assign, %14$s as u_fr,
				      case when %51$s < 25 then 86400 + %52$s else %15$s end as inv_gap, %16$s < 45 as forwarded, %17$s as forward_min, %18$s as due_days,
				      %19$s as u_answer, %20$s as fteam_roll, 1 + %21$s as question_k, 1 + %22$s as finding_k,
				      %23$s < 40 as stalled, %24$s as stall_min, %25$s as propose_min, %26$s as outcome, %27$s as remedy_roll,
				      %28$s as u_amount, %29$s < 10 as sent_back, %30$s as back_min, 1 + %31$s as back_k,
				      %32$s as repropose_min, %33$s as approve_min, %34$s < 5 as has_reopen, %35$s as reopen_delay,
				      %36$s as propose2_min, %37$s as approve2_min, %38$s < 60 as accepted, %39$s as close_delay,
				      %40$s as close_jitter, %41$s < 35 as answered, 600 + %42$s as answer_delay, %43$s as rating,
				      %44$s < 45 as with_comment, %45$s < 45 as claims, %46$s as u_claim, %47$s < 70 as desires,
				      1 + %48$s as root_k, %49$s < 20 as goodwill, %50$s as link_roll
				    from generate_series({from}::bigint, {to}::bigint) c
				    offset 0
				  ) r0
				  left join ds_escalation e0 on e0.complaint_k = r0.c
				  left join case_file i0 on i0.id = e0.inquiry_id
				  join ds_client_case cc on cc.id = coalesce(i0.client_id, r0.client_k)
				) r
				join ds_worker wk on wk.k = r.worker_k
				left join staff iwk on iwk.username = r.i_worker
				join ds_case_text subj on subj.language = r.language and subj.kind = 'c_subject' and subj.k = r.conv
				left join ds_case_text isubj on isubj.language = r.language and isubj.kind = 'subject'
				  and isubj.body = r.i_subject
				left join ds_category cat on cat.kind = 'COMPLAINT' and cat.code = subj.category"""
			.formatted(asOf, inquiries, n.below(1, "c", size.clients()), n.below(2, "c", workers),
					n.below(3, "c", 1000), n.unit(4, "c"), n.pick(5, "c", InquiryStep.CHANNELS),
					n.below(6, "c", CaseTexts.complaintConversations()),
					n.pick(7, "c",
							Noise.textArray("MINOR", "MINOR", "MINOR", "MINOR", "MINOR", "MAJOR", "MAJOR", "MAJOR",
									"CRITICAL")),
					n.below(8, "c", 100), n.pick(9, "c", Noise.textArray("LOW", "NORMAL", "HIGH", "URGENT")),
					n.below(10, "c", 100), n.unit(11, "c"), n.unit(12, "c"), n.below(13, "c", 6900),
					n.below(14, "c", 100), n.below(15, "c", 570), n.below(16, "c", 5), n.unit(17, "c"),
					n.below(18, "c", 1000), n.below(19, "c", 3), n.below(20, "c", 3), n.below(21, "c", 1000),
					n.below(22, "c", 6000), n.below(23, "c", 2400),
					n.pick(24, "c",
							Noise.textArray("UPHELD", "UPHELD", "UPHELD", "UPHELD", "PARTIALLY_UPHELD",
									"PARTIALLY_UPHELD", "PARTIALLY_UPHELD", "REJECTED", "REJECTED", "REJECTED")),
					n.below(25, "c", 100), n.unit(26, "c"), n.below(27, "c", 100), n.below(28, "c", 570),
					n.below(29, "c", 2), n.below(30, "c", 840), n.below(31, "c", 870), n.below(32, "c", 100),
					n.below(33, "c", 3 * 86400), n.below(34, "c", 540), n.below(35, "c", 270), n.below(36, "c", 100),
					n.below(37, "c", 12 * 86400), n.below(38, "c", 60), n.below(39, "c", 100),
					n.below(40, "c", 4 * 86400), n.pick(41, "c", "array[5, 5, 5, 4, 4, 4, 3, 3, 2, 1, 1]"),
					n.below(42, "c", 100), n.below(43, "c", 100), n.unit(44, "c"), n.below(45, "c", 100),
					n.below(46, "c", rootCauses), n.below(47, "c", 100), n.below(48, "c", 100), n.below(49, "c", 100),
					n.below(50, "c", 2 * 86400));
		String fullPlan = plan.formatted(asOf, CaseRows.surveyToken(load, "COMPLAINT", "pg_temp.reference('CMP-', c)"))
			.replace("{drawn}", drawn);
		load.inChunks(size.complaints(), (from, to) -> {
			CaseRows.prepare(load);
			load.stage("ds_complaint_raw",
					fullPlan.replace("{from}", Long.toString(from)).replace("{to}", Long.toString(to)));
			load.stage("ds_complaint",
					"""
							select r.*, ft.team_id as forwarded_team_id, ft.name as forwarded_team,
							  coalesce(fl.username, r.worker) as finding_actor, rv.username as reviewer,
							  case when remedy in ('REFUND', 'COMPENSATION') then amount end as proposed_amount,
							  case when remedy in ('REFUND', 'COMPENSATION') then amount_currency end as proposed_currency,
							  rc.code as root_cause
							from (
							  select q.*,
							    case when claims then round((15 + u_claim * 485)::numeric, 2) end as amount_claimed,
							    case when claims then client_currency end as claimed_currency,
							    case
							      when outcome = 'REJECTED' then case when remedy_roll < 70 then 'APOLOGY' else 'OTHER' end
							      when remedy_roll < 20 then 'APOLOGY' when remedy_roll < 55 then 'REFUND'
							      when remedy_roll < 75 then 'REPLACEMENT' when remedy_roll < 92 then 'COMPENSATION'
							      else 'OTHER' end as remedy0
							  from ds_complaint_raw q
							) r0
							cross join lateral (select r0.*,
							  case when r0.remedy0 in ('REFUND', 'COMPENSATION') and r0.amount_claimed is null
							    and r0.worker_role <> 'SUPERVISOR' then 'REPLACEMENT' else r0.remedy0 end as remedy) r
							cross join lateral (select
							  case when r.amount_claimed is null then round((20 + r.u_amount * 180)::numeric, 2)
							    when r.worker_role = 'SUPERVISOR' and r.goodwill then round(r.amount_claimed * 1.2, 2)
							    when r.outcome = 'PARTIALLY_UPHELD' then round(r.amount_claimed * (0.3 + 0.6 * r.u_amount)::numeric, 2)
							    else r.amount_claimed end as amount,
							  coalesce(r.claimed_currency, r.client_currency) as amount_currency) m
							join ds_team_k own on own.team_id = r.team_id
							join ds_team_k ft on ft.k = 1 + ((own.k + r.fteam_roll %% (%1$d - 1)) %% %1$d)
							left join ds_lead fl on fl.team_id = ft.team_id
							left join ds_lead ol on ol.team_id = r.team_id
							join ds_lead rv on rv.k = case when ol.username is not null and ol.username <> r.worker then ol.k
							  else 1 + ((coalesce(ol.k, 0) + (abs(hashtext(r.worker)) %% (%2$d - 1))) %% %2$d) end
							join ds_category rc on rc.kind = 'COMPLAINT' and rc.k = r.root_k"""
						.formatted(teams, leads));
			load.execute("""
					update ds_complaint set reviewer = (select l.username from ds_lead l where l.username <> worker
					  order by l.k limit 1) where reviewer = worker""");
			load.stage("ds_case_plan",
					"""
							select id, 'COMPLAINT' as kind, pg_temp.reference('CMP-', c) as reference, status,
							  status not in ('RESOLVED', 'CLOSED') as active, priority, category_code, channel, subject, subject_vec,
							  language, client_id, account_number, order_number, team_id,
							  case when not assigned_at_once and not ta < %1$s then null else worker end as assignee,
							  worker as created_by, t0, cal, policy_id, escalation_team_id, pct, fr_min, res_min, b0, t1,
							  case when has_reopen then t8 end as ia, case when has_reopen then t9 end as ib,
							  case when has_reopen then 'REOPEN' end as itype, p, res_final, survey_at, survey_token,
							  survey_answered_at, rating,
							  case when with_comment then (select x.body from ds_case_text x where x.language = q.language
							    and x.kind = 'survey_comment' and x.k = case when rating >= 4 then 1 when rating = 3 then 2 else 3 end)
							  end as survey_comment
							from (select *, date_trunc('second', t0 + u_assign * (t8 - t0)) as ta from ds_complaint) q"""
						.formatted(asOf));
			load.stage("ds_complaint_text", """
					select q.id, q.c, x_open.body as open_body, x_open.vec as open_vec,
					  q.outcome || ', ' || q.remedy
					    || coalesce(', ' || q.proposed_amount::text || ' ' || q.proposed_currency, '')
					    || ', root cause ' || q.root_cause as proposal
					from ds_complaint q
					join ds_case_text x_open on x_open.language = q.language
					  and x_open.kind = case when q.escalated then 'escalation' else 'c_body' end
					  and x_open.k = case when q.escalated then q.reason_k else q.conv end""");
			load.execute(
					"""
							insert into ds_case_entry (case_id, at, seq, kind, channel, body, vec, detail, actor, touches, tl_kind,
							  tl_channel)
							select q.id, e.at, e.seq, e.kind, e.channel, coalesce(x.body, e.body), coalesce(x.vec, e.vec), e.detail,
							  e.actor, true, e.tl_kind, %2$s
							from (select *, date_trunc('second', t0 + u_assign * (t8 - t0)) as ta,
							    coalesce(preferred_channel, channel) as out_channel,
							    case outcome when 'UPHELD' then 1 when 'PARTIALLY_UPHELD' then 2 else 3 end as decision_k
							  from ds_complaint) q
							join ds_complaint_text tx on tx.id = q.id
							cross join lateral (values
							  (t0, 1, 'OPENED', channel, tx.open_body, tx.open_vec, null, null, null, worker, 'CASE_OPENED'),
							  (case when not assigned_at_once then ta end, 2, 'ASSIGNED', null, null, null, null, null,
							    (select name from ds_team_k where team_id = q.team_id) || ' / ' || worker, worker, null),
							  (t1, 3, 'MESSAGE_OUT', out_channel, null, null, 'acknowledgement', 1, null, worker, 'CASE_MESSAGE_OUT'),
							  (t1, 4, 'STATUS_CHANGED', null, null, null, null, null, 'RECEIVED → ACKNOWLEDGED', worker, null),
							  (t2, 5, 'STATUS_CHANGED', null, null, null, null, null, 'ACKNOWLEDGED → INVESTIGATING', worker, null),
							  (t3, 6, 'NOTE', null, null, null, 'department_question', question_k,
							    'forwarded:' || forwarded_team || ':'
							      || to_char(answer_due_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), worker, null),
							  (t3, 7, 'STATUS_CHANGED', null, null, null, null, null, 'INVESTIGATING → FORWARDED', worker, null),
							  (t4, 8, 'NOTE', null, null, null, 'finding', finding_k, 'finding:' || forwarded_team, finding_actor, null),
							  (t4, 9, 'STATUS_CHANGED', null, null, null, null, null, 'FORWARDED → INVESTIGATING', finding_actor, null),
							  (t5, 10, 'NOTE', null, null, null, 'decision', decision_k, 'proposal:' || tx.proposal, worker, null),
							  (t5, 11, 'STATUS_CHANGED', null, null, null, null, null, 'INVESTIGATING → RESOLUTION_PROPOSED', worker,
							    null),
							  (t6, 12, 'NOTE', null, null, null, 'send_back', back_k, 'sent-back', reviewer, null),
							  (t6, 13, 'STATUS_CHANGED', null, null, null, null, null, 'RESOLUTION_PROPOSED → INVESTIGATING',
							    reviewer, null),
							  (t7, 14, 'NOTE', null, null, null, 'decision', decision_k, 'proposal:' || tx.proposal, worker, null),
							  (t7, 15, 'STATUS_CHANGED', null, null, null, null, null, 'INVESTIGATING → RESOLUTION_PROPOSED', worker,
							    null),
							  (t8, 16, 'MESSAGE_OUT', out_channel, null, null, 'decision', decision_k, null, reviewer,
							    'CASE_MESSAGE_OUT'),
							  (t8, 17, 'STATUS_CHANGED', null, null, null, null, null, 'RESOLUTION_PROPOSED → RESOLVED', reviewer, null),
							  (t9, 18, 'MESSAGE_IN', channel, null, null, 'c_reopen', conv, 'reopened', worker, 'CASE_MESSAGE_IN'),
							  (t9, 19, 'STATUS_CHANGED', null, null, null, null, null, 'RESOLVED → REOPENED', worker, null),
							  (t10, 20, 'NOTE', null, null, null, 'decision', decision_k, 'proposal:' || tx.proposal, worker, null),
							  (t10, 21, 'STATUS_CHANGED', null, null, null, null, null, 'REOPENED → RESOLUTION_PROPOSED', worker, null),
							  (t11, 22, 'MESSAGE_OUT', out_channel, null, null, 'decision', decision_k, null, reviewer,
							    'CASE_MESSAGE_OUT'),
							  (t11, 23, 'STATUS_CHANGED', null, null, null, null, null, 'RESOLUTION_PROPOSED → RESOLVED', reviewer,
							    null),
							  (t12, 24, 'STATUS_CHANGED', null, null, null, null, null, 'RESOLVED → CLOSED',
							    case when accepted then worker else 'system' end, null)
							) e (at, seq, kind, channel, body, vec, text_kind, text_k, detail, actor, tl_kind)
							left join ds_case_text x on x.language = q.language and x.kind = e.text_kind and x.k = e.text_k
							where e.at < %1$s"""
						.formatted(asOf, CaseRows.contactChannel("e.channel")));
			load.execute(
					"""
							insert into ds_client_line (client_id, at, kind, subject_ref, detail, channel, summary, actor)
							select q.client_id, e.at, e.kind, pg_temp.reference('CMP-', q.c), e.detail, null, e.summary, e.actor
							from (select *, case outcome when 'UPHELD' then 1 when 'PARTIALLY_UPHELD' then 2 else 3 end as decision_k
							  from ds_complaint) q
							left join ds_case_text ack on ack.language = q.language and ack.kind = 'acknowledgement' and ack.k = 1
							left join ds_case_text dec on dec.language = q.language and dec.kind = 'decision' and dec.k = q.decision_k
							left join ds_case_text rea on rea.language = q.language and rea.kind = 'c_reopen' and rea.k = q.conv
							cross join lateral (values
							  (t0, 'COMPLAINT_REGISTERED', severity, subject, worker),
							  (t1, 'COMPLAINT_ACKNOWLEDGED', null, ack.body, worker),
							  (t8, 'COMPLAINT_RESOLVED', outcome, dec.body, reviewer),
							  (t9, 'COMPLAINT_REOPENED', null, rea.body, worker),
							  (t11, 'COMPLAINT_RESOLVED', outcome, dec.body, reviewer)
							) e (at, kind, detail, summary, actor)
							where e.at < %1$s"""
						.formatted(asOf));
			CaseRows.write(load);
			load.execute(
					"""
							insert into complaint (id, severity, amount_claimed, claimed_currency, desired_outcome, inquiry_case_id,
							  inquiry_reference, acknowledged_at, forwarded_team_id, forward_question, answer_due_at,
							  proposed_outcome, proposed_remedy, proposed_amount, proposed_currency, root_cause, resolution_message,
							  proposed_by, proposed_at, reviewed_by, resolved_at, closed_at, reopen_reason, reopened_at)
							select q.id, q.severity, q.amount_claimed, q.claimed_currency,
							  case when not q.escalated and q.desires then des.body end, q.inquiry_id, q.inquiry_ref,
							  case when q.t1 < %1$s then q.t1 end,
							  case when q.t3 < %1$s then q.forwarded_team_id end, case when q.t3 < %1$s then qu.body end,
							  case when q.status = 'FORWARDED' then q.answer_due_at end,
							  case when q.t5 < %1$s then q.outcome end, case when q.t5 < %1$s then q.remedy end,
							  case when q.t5 < %1$s then q.proposed_amount end, case when q.t5 < %1$s then q.proposed_currency end,
							  case when q.t5 < %1$s then q.root_cause end, case when q.t5 < %1$s then dec.body end,
							  case when q.t5 < %1$s then q.worker end,
							  case when q.t10 < %1$s then q.t10 when q.t7 < %1$s then q.t7 when q.t5 < %1$s then q.t5 end,
							  case when q.t11 < %1$s then q.reviewer when q.t10 < %1$s then null when q.t8 < %1$s then q.reviewer
							    when q.t7 < %1$s then null when q.t6 < %1$s then q.reviewer end,
							  case when q.status in ('RESOLVED', 'CLOSED') then coalesce(case when q.t11 < %1$s then q.t11 end, q.t8)
							  end,
							  case when q.t12 < %1$s then q.t12 end,
							  case when q.t9 < %1$s then rea.body end, case when q.t9 < %1$s then q.t9 end
							from (select *, case outcome when 'UPHELD' then 1 when 'PARTIALLY_UPHELD' then 2 else 3 end as decision_k
							  from ds_complaint) q
							left join ds_case_text des on des.language = q.language and des.kind = 'c_desired' and des.k = q.conv
							left join ds_case_text qu on qu.language = q.language and qu.kind = 'department_question'
							  and qu.k = q.question_k
							left join ds_case_text dec on dec.language = q.language and dec.kind = 'decision' and dec.k = q.decision_k
							left join ds_case_text rea on rea.language = q.language and rea.kind = 'c_reopen' and rea.k = q.conv"""
						.formatted(asOf));
		});
		load.execute("select setval('complaint_number_seq', %d)".formatted(size.complaints()));
		load.execute("select setval(pg_get_serial_sequence('case_file', 'id'), (select max(id) from case_file))");
	}

}
