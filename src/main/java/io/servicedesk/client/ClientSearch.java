package io.servicedesk.client;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds clients by number, any part of the name (case- and accent-insensitive, on a
 * trigram index), e-mail or phone in any format; results ordered by name and
 * keyset-paginated.
 */
@Component
class ClientSearch {

	/**
	 * The folded name, company and contact person, stored by the database (migration
	 * V14).
	 */
	static final String NAME_TEXT = "c.search_text";

	private static final String COLUMNS = "select c.id, c.number, c.kind, c.name, c.contact_person, c.email, c.phone, c.city, c.segment, c.sort_name from client c ";

	private final JdbcClient jdbc;

	ClientSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	ClientPage search(String query, Collection<Long> alsoIds, int limit, String after) {
		String q = query == null ? "" : query.trim();
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new java.util.HashMap<>();
		if (!q.isEmpty()) {
			List<String> any = new ArrayList<>();
			String upper = q.toUpperCase(Locale.ROOT);
			if (upper.matches("C-?\\d{1,9}")) {
				any.add("c.number = :number");
				params.put("number", "C-" + String.format("%06d", Long.parseLong(upper.replaceAll("\\D", ""))));
			}
			if (q.contains("@")) {
				any.add("lower(c.email) like :email");
				params.put("email", escapeLike(q.toLowerCase(Locale.ROOT)) + "%");
			}
			String digits = q.replaceAll("[\\s()./-]", "");
			if (digits.matches("(\\+|00)?\\d{5,15}")) {
				String significant = digits.replaceFirst("^(\\+|00)", "").replaceFirst("^0+", "");
				any.add("reverse(c.phone) like :phone");
				params.put("phone", new StringBuilder(significant).reverse() + "%");
			}
			if (!q.contains("@") && q.replaceAll("[\\d\\s+()./-]", "").length() > 0) {
				any.add(NAME_TEXT + " like '%' || sd_fold(:name) || '%'");
				params.put("name", escapeLike(q));
			}
			if (!alsoIds.isEmpty()) {
				any.add("c.id in (:ids)");
				params.put("ids", alsoIds);
			}
			if (any.isEmpty()) {
				return new ClientPage(List.of(), null);
			}
			where.add("(" + String.join(" or ", any) + ")");
		}
		Cursor cursor = Cursor.decode(after);
		if (cursor != null) {
			where.add("(c.sort_name, c.id) > (:afterName, :afterId)");
			params.put("afterName", cursor.name());
			params.put("afterId", cursor.id());
		}
		// The page is chosen on the name-order index alone (it carries the search text),
		// then its rows are read.
		String sql = COLUMNS + "join (select c.id from client c "
				+ (where.isEmpty() ? "" : "where " + String.join(" and ", where))
				+ " order by c.sort_name, c.id limit :limit) page on page.id = c.id order by c.sort_name, c.id";
		params.put("limit", limit + 1);
		List<Row> rows = jdbc.sql(sql)
			.params(params)
			.query((rs, n) -> new Row(new ClientSummary(rs.getLong("id"), rs.getString("number"),
					ClientKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("contact_person"),
					rs.getString("email"), rs.getString("phone"), rs.getString("city"),
					Segment.valueOf(rs.getString("segment"))), rs.getString("sort_name")))
			.list();
		boolean more = rows.size() > limit;
		List<Row> page = more ? rows.subList(0, limit) : rows;
		String next = more ? new Cursor(page.get(limit - 1).sortName(), page.get(limit - 1).summary().id()).encode()
				: null;
		return new ClientPage(page.stream().map(Row::summary).toList(), next);
	}

	List<ClientSummary> duplicates(String email, String phone, String excludingNumber) {
		if (email == null && phone == null) {
			return List.of();
		}
		return jdbc.sql(COLUMNS + "where (lower(c.email) = :email or c.phone = :phone "
				+ "or c.id in (select client_id from client_email where email = :email)) and c.number <> :excluding "
				+ "and c.erased_at is null and c.merged_into is null order by c.id limit 5")
			.param("email", email == null ? "" : email.toLowerCase(Locale.ROOT))
			.param("phone", phone == null ? "" : phone)
			.param("excluding", excludingNumber == null ? "" : excludingNumber)
			.query((rs, n) -> new ClientSummary(rs.getLong("id"), rs.getString("number"),
					ClientKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("contact_person"),
					rs.getString("email"), rs.getString("phone"), rs.getString("city"),
					Segment.valueOf(rs.getString("segment"))))
			.list();
	}

	Map<Long, ClientRef> refs(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select id, number, name from client where id in (:ids)")
			.param("ids", ids)
			.query((rs, n) -> new ClientRef(rs.getLong("id"), rs.getString("number"), rs.getString("name")))
			.list()
			.stream()
			.collect(Collectors.toMap(ClientRef::id, Function.identity()));
	}

	private static String escapeLike(String value) {
		return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private record Row(ClientSummary summary, String sortName) {
	}

	record Cursor(String name, long id) {

		String encode() {
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString((id + ":" + name).getBytes(StandardCharsets.UTF_8));
		}

		static Cursor decode(String value) {
			if (value == null || value.isBlank()) {
				return null;
			}
			try {
				String text = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
				int colon = text.indexOf(':');
				return new Cursor(text.substring(colon + 1), Long.parseLong(text.substring(0, colon)));
			}
			catch (IllegalArgumentException | StringIndexOutOfBoundsException ex) {
				throw new InvalidCursorException();
			}
		}

	}

}
