package io.servicedesk.dataset;

/**
 * The clients: individuals and (one in six) companies with a contact person, from the
 * five countries in turn, with their country's names, addresses, mobile numbers in E.164
 * and language (a fifth prefer English), registered over three years up to two months
 * before the as-of day. Each registration is on the client's timeline.
 */
final class ClientStep implements DatasetStep {

	@Override
	public String name() {
		return "clients";
	}

	@Override
	public long rows(DatasetSize size) {
		return size.clients();
	}

	@Override
	public long cost(DatasetSize size) {
		return 2L * size.clients();
	}

	@Override
	public void run(Load load) {
		Noise n = load.noise();
		int actors = StaffStep.actors(load);
		String sql = """
				insert into client (id, number, kind, name, company_name, contact_person, email, phone, street,
				  postal_code, city, country, preferred_language, preferred_channel, segment, tags, marketing_consent,
				  consent_changed_at, created_at, updated_at)
				overriding system value
				select g, pg_temp.reference('C-', g),
				  case when company then 'COMPANY' else 'INDIVIDUAL' end,
				  case when company then company_name else first || ' ' || last end,
				  case when company then company_name end,
				  case when company then first || ' ' || last end,
				  case when company then first_slug || '.' || last_slug || '@' || company_slug || '-' || g || '.example.' || domain
				    else first_slug || '.' || last_slug || g || '@example.' || domain end,
				  phone, street, postal_code, city, code, preferred_language, preferred_channel, segment,
				  case when segment = 'VIP' then 'vip,key-account' end, consent,
				  case when consent then created + interval '3 days' end, created, created
				from (
				  select g, company, first, last, company_last || ' ' || trade || ' ' || suffix as company_name,
				    translate(sd_fold(first), ' ''-', '') as first_slug, translate(sd_fold(last), ' ''-', '') as last_slug,
				    translate(sd_fold(company_last), ' ''-', '') as company_slug,
				    domain, code, phone, street, postal_code, city, preferred_language, preferred_channel, segment,
				    consent, created
				  from (
				    select g, c.code, c.domain,
				      %1$s = 0 as company,
				      case when %2$s = 0 then %3$s else %4$s end as first,
				      case when %2$s = 0 then c.female_last[%5$s] else c.male_last[%5$s] end as last,
				      c.male_last[%6$s] as company_last,
				      %7$s as trade, %8$s as suffix,
				      %9$s || %10$s as phone,
				      %11$s || ' ' || (1 + %12$s) as street,
				      case c.code
				        when 'PL' then lpad(%13$s::text, 2, '0') || '-' || lpad(%14$s::text, 3, '0')
				        when 'LV' then 'LV-' || (1000 + %14$s)
				        when 'GB' then %15$s || (1 + %16$s) || ' ' || (1 + %16$s) || %17$s
				        else (10000 + %18$s)::text end as postal_code,
				      %19$s as city,
				      case when c.code = 'GB' or %20$s = 0 then 'en' else c.language end as preferred_language,
				      %21$s as preferred_channel,
				      case when %22$s < 4 then 'VIP' when %22$s < 18 then 'PRIORITY' else 'STANDARD' end as segment,
				      %23$s < 45 as consent,
				      %24$s - (60 + %25$s * 1035) * interval '1 day' as created
				    from generate_series(?::bigint, ?::bigint) g
				    join ds_country c on c.position = g %% 5
				    offset 0
				  ) drawn
				) client
				"""
			.formatted(n.below(1, "g", 6), n.below(2, "g", 2), n.pick(3, "g", "c.female_first"),
					n.pick(3, "g", "c.male_first"), index(n, 4, "c.male_last"), index(n, 5, "c.male_last"),
					n.pick(6, "g", "c.trades"), n.pick(7, "g", "c.company_suffixes"),
					n.pick(8, "g", "c.phone_prefixes"),
					"case c.phone_digits when 6 then " + n.digits(9, "g", 6) + " when 7 then " + n.digits(9, "g", 7)
							+ " else " + n.digits(9, "g", 8) + " end",
					n.pick(10, "g", "c.streets"), n.below(11, "g", 150), n.below(12, "g", 100), n.below(13, "g", 1000),
					n.pick(14, "g", Noise.textArray("SW", "N", "E", "W", "SE", "NW", "M", "LS", "BS", "EH")),
					n.below(15, "g", 9),
					n.pick(16, "g", Noise.textArray("AB", "DE", "FG", "HJ", "LN", "PQ", "RS", "TU")),
					n.below(17, "g", 89999), n.pick(18, "g", "c.cities"), n.below(19, "g", 5),
					n.pick(20, "g", Noise.textArray("EMAIL", "EMAIL", "PHONE", "PHONE", "LETTER", "IN_PERSON", "WEB")),
					n.below(21, "g", 100), n.below(22, "g", 100), load.asOf(), n.unit(23, "g"));
		String registered = """
				insert into timeline_entry (client_id, occurred_at, kind, subject_ref, actor, created_at)
				select c.id, c.created_at, 'CLIENT_REGISTERED', c.number, a.username, c.created_at
				from client c join ds_actor a on a.k = 1 + %s
				where c.id between ? and ?""".formatted(n.below(24, "c.id", actors));
		load.inChunks(load.size().clients(), (from, to) -> {
			load.jdbc().update(sql, from, to);
			load.jdbc().update(registered, from, to);
		});
		load.execute("select setval('client_number_seq', (select max(id) from client))");
		load.execute("select setval(pg_get_serial_sequence('client', 'id'), (select max(id) from client))");
	}

	private static String index(Noise noise, int stream, String array) {
		return "(1 + " + noise.below(stream, "g", "cardinality(" + array + ")") + ")::int";
	}

}
