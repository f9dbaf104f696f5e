package io.servicedesk.dataset;

/**
 * Writes what inquiries and complaints share from a chunk's plan, the way the case
 * modules write it through the application: the case row with its search vector (the
 * subject's vector followed by every message's in timeline order, in the client's
 * language), the SLA clock with the state the breach job leaves it in, the SLA lines of
 * the timeline, the timeline in order, the correspondence and surveys on the client's
 * timeline, and the survey invitations.
 * <p>
 * The step stages {@code ds_case_plan}, one row per case, and fills {@code ds_case_entry}
 * with the case's timeline up to the as-of day. The plan's SLA columns describe the whole
 * life of the case, also beyond the as-of day: {@code t0} created, {@code t1} the first
 * response ({@code infinity} for a case never answered: an inquiry resolved as escalated;
 * the first-response target is watched only until the first response or the resolution),
 * at most one interruption of the resolution clock from {@code ia} to {@code ib}
 * ({@code itype} WAIT: waiting for the client; REOPEN: resolved until it was reopened)
 * worth {@code p} business minutes, and {@code res_final} the last resolution. Everything
 * at or after the as-of day has not happened.
 */
final class CaseRows {

	private CaseRows() {
	}

	/** The empty staging table of a chunk's timeline lines. */
	static void prepare(Load load) {
		load.execute("drop table if exists ds_case_entry");
		load.execute("""
				create temporary table ds_case_entry (case_id bigint, at timestamptz, seq integer, kind text,
				  channel text, body text, vec tsvector, detail text, actor text, touches boolean, tl_kind text,
				  tl_channel text) on commit drop""");
		load.execute("drop table if exists ds_client_line");
		load.execute("""
				create temporary table ds_client_line (client_id bigint, at timestamptz, kind text, subject_ref text,
				  detail text, channel text, summary text, actor text) on commit drop""");
	}

	/**
	 * The client contact channel of a case or reply channel (none for chat and social).
	 */
	static String contactChannel(String channel) {
		return "(case when %1$s = 'WEB_FORM' then 'WEB' when %1$s in ('PHONE', 'EMAIL', 'FAX', 'IN_PERSON', 'WEB', 'LETTER') then %1$s end)"
			.formatted(channel);
	}

	static void write(Load load) {
		String asOf = load.asOf();
		load.stage("ds_sla",
				"""
						select *,
						  case when resolved_at is not null then
						      case when fr_breach_ann or res_breached then 'BREACHED' else 'ON_TRACK' end
						    when fr_breach_ann or res_breached then 'BREACHED'
						    when paused_now and cur_due <= ia then 'BREACHED'
						    when (fr_pending and fr_risk_ann) or (paused_now and cur_risk <= ia)
						      or (not paused_now and res_risk) then 'AT_RISK'
						    else 'ON_TRACK' end as sla_state,
						  least(case when fr_pending and not fr_risk_ann then fr_risk end,
						    case when fr_pending and not fr_breach_ann then fr_due end,
						    case when res_running and not res_risk then cur_risk end,
						    case when res_running and not res_breached then cur_due end) as next_due_at,
						  least(case when fr_pending then fr_due end, case when res_running then cur_due end) as sla_due_at
						from (
						  select *, r_risk_kept or r_risk2 as res_risk, r_breach_kept or r_breach2 as res_breached,
						    resolved_at is null and t1 >= %1$s as fr_pending,
						    resolved_at is null and not paused_now as res_running
						  from (
						    select *,
						      resumed and not r_risk_kept and risk2 < least(coalesce(res_final, 'infinity'), %1$s) as r_risk2,
						      resumed and not r_breach_kept and due2 < least(coalesce(res_final, 'infinity'), %1$s) as r_breach2
						    from (
						      select *,
						        case when resumed and itype = 'REOPEN' then r_risk1 and risk2 <= ib else r_risk1 end as r_risk_kept,
						        case when resumed and itype = 'REOPEN' then r_breach1 and due2 <= ib else r_breach1 end
						          as r_breach_kept,
						        case when resumed then due2 else due1 end as cur_due,
						        case when resumed then risk2 else risk1 end as cur_risk
						      from (
						        select *,
						          fr_risk < least(t1, res_final, %1$s) as fr_risk_ann,
						          fr_due < least(t1, res_final, %1$s) as fr_breach_ann,
						          risk1 < least(coalesce(ia, 'infinity'), coalesce(res_final, 'infinity'), %1$s) as r_risk1,
						          due1 < least(coalesce(ia, 'infinity'), coalesce(res_final, 'infinity'), %1$s) as r_breach1,
						          case when resumed then pg_temp.binv(cal, b0 + (res_min + p) * 60) end as due2,
						          case when resumed then pg_temp.binv(cal, b0 + (res_min * pct / 100 + p) * 60) end as risk2
						        from (
						          select id, kind, reference, client_id, priority, policy_id, cal, escalation_team_id, pct, fr_min,
						            res_min, t0, b0, t1, ia, ib, itype, p, res_final,
						            coalesce(ib < %1$s, false) as resumed,
						            coalesce(itype = 'WAIT' and ia < %1$s and not ib < %1$s, false) as paused_now,
						            case when res_final < %1$s then res_final
						              when itype = 'REOPEN' and ia < %1$s and not ib < %1$s then ia end as resolved_at,
						            pg_temp.binv(cal, b0 + fr_min * 60) as fr_due,
						            pg_temp.binv(cal, b0 + fr_min * pct / 100 * 60) as fr_risk,
						            pg_temp.binv(cal, b0 + res_min * 60) as due1,
						            pg_temp.binv(cal, b0 + res_min * pct / 100 * 60) as risk1
						          from ds_case_plan
						          offset 0
						        ) base
						        offset 0
						      ) announced
						      offset 0
						    ) kept
						  ) second
						) flags"""
					.formatted(asOf));
		load.execute("""
				insert into ds_case_entry (case_id, at, seq, kind, detail, actor, touches)
				select s.id, e.at, e.seq, e.entry_kind, e.target, 'system', false
				from ds_sla s
				cross join lateral (values
				  (fr_risk, 101, 'SLA_AT_RISK', 'FIRST_RESPONSE', fr_risk_ann),
				  (fr_due, 102, 'SLA_BREACHED', 'FIRST_RESPONSE', fr_breach_ann),
				  (risk1, 103, 'SLA_AT_RISK', 'RESOLUTION', r_risk1 and not (fr_breach_ann and fr_due <= risk1)),
				  (due1, 104, 'SLA_BREACHED', 'RESOLUTION', r_breach1),
				  (greatest(risk2, ib), 105, 'SLA_AT_RISK', 'RESOLUTION',
				    r_risk2 and not (fr_breach_ann and fr_due <= greatest(risk2, ib))),
				  (greatest(due2, ib), 106, 'SLA_BREACHED', 'RESOLUTION', r_breach2)
				) e (at, seq, entry_kind, target, happened)
				where e.happened""");
		load.execute(
				"""
						insert into ds_case_entry (case_id, at, seq, kind, body, detail, actor, touches)
						select p.id, p.survey_at, 201, 'SURVEY_SENT', null, '/survey/' || p.survey_token, 'system', false
						from ds_case_plan p where p.survey_at < %1$s
						union all
						select p.id, p.survey_answered_at, 202, 'SURVEY_ANSWERED', p.survey_comment, p.rating::text, 'client', false
						from ds_case_plan p where p.survey_answered_at < %1$s"""
					.formatted(asOf));
		load.execute("""
				insert into ds_client_line (client_id, at, kind, subject_ref, detail, channel, summary, actor)
				select p.client_id, e.at, e.tl_kind, p.reference,
				  case when length(p.subject) <= 100 then p.subject else left(p.subject, 99) || '…' end, e.tl_channel,
				  case when length(e.body) <= 2000 then e.body else left(e.body, 1999) || '…' end, e.actor
				from ds_case_entry e join ds_case_plan p on p.id = e.case_id
				where e.tl_kind is not null
				union all
				select p.client_id, e.at, e.kind, p.reference, e.detail, null, e.body, e.actor
				from ds_case_entry e join ds_case_plan p on p.id = e.case_id
				where e.kind in ('SURVEY_SENT', 'SURVEY_ANSWERED')""");
		load.stage("ds_case_done",
				"""
						select e.case_id,
						  pg_temp.tsv_cat(e.vec order by e.at, e.seq)
						    filter (where e.kind in ('OPENED', 'MESSAGE_IN', 'MESSAGE_OUT', 'NOTE', 'CALL') and e.vec is not null)
						    as vec,
						  max(e.at) filter (where e.touches) as last_activity_at,
						  (array_agg(e.actor order by e.at desc, e.seq desc) filter (where e.touches))[1] as updated_by,
						  count(*) filter (where e.touches and e.kind <> 'OPENED') as changes
						from ds_case_entry e group by e.case_id""");
		load.execute(
				"""
						insert into case_file (id, kind, reference, status, active, priority, category_code, channel, subject,
						  client_id, account_number, order_number, team_id, assignee, sla_due_at, sla_state, last_activity_at,
						  search_config, search_vector, created_by, updated_by, version, created_at, updated_at)
						overriding system value
						select p.id, p.kind, p.reference, p.status, p.active, p.priority, p.category_code, p.channel, p.subject,
						  p.client_id, p.account_number, p.order_number, p.team_id, p.assignee, s.sla_due_at, s.sla_state,
						  d.last_activity_at, l.config, p.subject_vec || coalesce(d.vec, ''::tsvector), p.created_by, d.updated_by,
						  d.changes, p.t0, d.last_activity_at
						from ds_case_plan p
						join ds_sla s on s.id = p.id
						join ds_case_done d on d.case_id = p.id
						join ds_language_config l on l.language = p.language""");
		load.execute(
				"""
						insert into sla_clock (case_kind, case_ref, priority, policy_id, calendar_id, escalation_team_id,
						  at_risk_percent, first_response_target_minutes, resolution_target_minutes, started_at,
						  first_response_due_at, first_response_at_risk_at, first_responded_at, resolution_due_at,
						  resolution_at_risk_at, resolved_at, paused_since, paused_business_minutes,
						  first_response_at_risk_announced, first_response_breached, resolution_at_risk_announced,
						  resolution_breached, next_due_at, version, created_at, updated_at)
						select kind, reference, priority, policy_id, cal, escalation_team_id, pct, fr_min, res_min, t0, fr_due,
						  fr_risk, case when t1 < %1$s then t1 end, cur_due, cur_risk, resolved_at,
						  case when paused_now then ia end, case when resumed then p else 0 end, fr_risk_ann, fr_breach_ann,
						  res_risk, res_breached, next_due_at,
						  (t1 < %1$s)::int + coalesce(ia < %1$s, false)::int + resumed::int + coalesce(res_final < %1$s, false)::int
						    + fr_risk_ann::int + fr_breach_ann::int + res_risk::int + res_breached::int,
						  t0,
						  greatest(t0, case when t1 < %1$s then t1 end, case when ia < %1$s then ia end,
						    case when resumed then ib end, case when res_final < %1$s then res_final end,
						    case when fr_risk_ann then fr_risk end, case when fr_breach_ann then fr_due end,
						    case when r_risk1 then risk1 end, case when r_breach1 then due1 end,
						    case when r_risk2 then greatest(risk2, ib) end, case when r_breach2 then greatest(due2, ib) end)
						from ds_sla"""
					.formatted(asOf));
		load.execute("""
				insert into case_entry (case_id, kind, channel, body, detail, actor, occurred_at)
				select case_id, kind, channel, body, detail, actor, at from ds_case_entry order by case_id, at, seq""");
		load.execute("""
				insert into timeline_entry (client_id, occurred_at, kind, subject_ref, detail, channel, summary, actor,
				  created_at)
				select client_id, at, kind, subject_ref, detail, channel, summary, actor, at from ds_client_line""");
		load.execute("""
				insert into survey_invitation (token, case_kind, case_ref, client_id, language, created_at, updated_at,
				  sent_at, expires_at, answered_at, rating, comment, version)
				select p.survey_token, p.kind, p.reference, p.client_id, p.language, p.survey_at,
				  coalesce(case when p.survey_answered_at < %1$s then p.survey_answered_at end, p.survey_at),
				  p.survey_at, p.survey_at + interval '14 days',
				  case when p.survey_answered_at < %1$s then p.survey_answered_at end,
				  case when p.survey_answered_at < %1$s then p.rating end,
				  case when p.survey_answered_at < %1$s then p.survey_comment end,
				  case when p.survey_answered_at < %1$s then 1 else 0 end
				from ds_case_plan p where p.survey_at < %1$s""".formatted(asOf));
	}

	/** The search configuration of each client language, as the application picks it. */
	static void languageConfigs(Load load) {
		load.stage("ds_language_config", """
				select language, case_search_config(language) as config
				from unnest(%s) language""".formatted(Noise.textArray(CaseTexts.LANGUAGES.toArray(String[]::new))));
	}

	/** The survey link's token: 32 bytes from the seed and the case, URL-safe Base64. */
	static String surveyToken(Load load, String kind, String reference) {
		return "translate(rtrim(encode(sha256(convert_to('%d:%s:' || %s, 'UTF8')), 'base64'), '='), '+/', '-_')"
			.formatted(load.options().seed(), kind, reference);
	}

}
