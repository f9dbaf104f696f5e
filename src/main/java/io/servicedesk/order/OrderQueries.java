package io.servicedesk.order;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.servicedesk.client.ContactChannel;
import io.servicedesk.client.InvalidCursorException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The order lists: filtered, sorted by promised delivery date (orders without one last),
 * keyset-paginated, one query per page.
 */
@Component
class OrderQueries {

	private static final String OPEN = "('RECEIVED', 'CONFIRMED', 'IN_FULFILLMENT', 'SHIPPED')";

	private static final String DELAYED = "(o.status in " + OPEN
			+ " and (o.delay_declared or o.promised_delivery_date < :today))";

	private static final String COLUMNS = "select o.id, o.number, o.client_id, o.channel, o.status, o.currency, "
			+ "o.total, o.promised_delivery_date, " + DELAYED + " as delayed from client_order o ";

	private final JdbcClient jdbc;

	OrderQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	OrderPage list(OrderFilter filter, Long clientId, int limit, String after, LocalDate today) {
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		params.put("today", today);
		if (filter.status() != null) {
			where.add("o.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.channel() != null) {
			where.add("o.channel = :channel");
			params.put("channel", filter.channel().name());
		}
		if (Boolean.TRUE.equals(filter.delayed())) {
			where.add(DELAYED);
		}
		else if (Boolean.FALSE.equals(filter.delayed())) {
			where.add("not " + DELAYED);
		}
		if (clientId != null) {
			where.add("o.client_id = :client");
			params.put("client", clientId);
		}
		if (filter.from() != null) {
			where.add("o.promised_delivery_date >= :from");
			params.put("from", filter.from());
		}
		if (filter.to() != null) {
			where.add("o.promised_delivery_date <= :to");
			params.put("to", filter.to());
		}
		Cursor cursor = Cursor.decode(after);
		if (cursor != null && cursor.date() != null) {
			where.add(
					"(o.promised_delivery_date > :afterDate or (o.promised_delivery_date = :afterDate and o.id > :afterId)"
							+ " or o.promised_delivery_date is null)");
			params.put("afterDate", cursor.date());
			params.put("afterId", cursor.id());
		}
		else if (cursor != null) {
			where.add("(o.promised_delivery_date is null and o.id > :afterId)");
			params.put("afterId", cursor.id());
		}
		params.put("limit", limit + 1);
		List<OrderSummary> rows = jdbc
			.sql(COLUMNS + (where.isEmpty() ? "" : "where " + String.join(" and ", where))
					+ " order by o.promised_delivery_date nulls last, o.id limit :limit")
			.params(params)
			.query(OrderQueries::summary)
			.list();
		boolean more = rows.size() > limit;
		List<OrderSummary> page = more ? rows.subList(0, limit) : rows;
		String next = more ? new Cursor(page.get(limit - 1).promisedDeliveryDate(), page.get(limit - 1).id()).encode()
				: null;
		return new OrderPage(page, next);
	}

	List<OrderSummary> recentForClient(long clientId, int limit, LocalDate today) {
		return jdbc.sql(COLUMNS + "where o.client_id = :client order by o.id desc limit :limit")
			.param("client", clientId)
			.param("limit", limit)
			.param("today", today)
			.query(OrderQueries::summary)
			.list();
	}

	List<Long> clientIdsByOrderNumber(String number) {
		return jdbc.sql("select client_id from client_order where number = :number")
			.param("number", number)
			.query(Long.class)
			.list();
	}

	private static OrderSummary summary(ResultSet rs, int row) throws SQLException {
		return new OrderSummary(rs.getLong("id"), rs.getString("number"), rs.getLong("client_id"), null, null,
				ContactChannel.valueOf(rs.getString("channel")), OrderStatus.valueOf(rs.getString("status")),
				rs.getString("currency"), rs.getBigDecimal("total"),
				rs.getObject("promised_delivery_date", LocalDate.class), rs.getBoolean("delayed"));
	}

	record Cursor(LocalDate date, long id) {

		String encode() {
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(((date == null ? "-" : date.toString()) + "|" + id).getBytes(StandardCharsets.UTF_8));
		}

		static Cursor decode(String value) {
			if (value == null || value.isBlank()) {
				return null;
			}
			try {
				String[] parts = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8).split("\\|");
				return new Cursor("-".equals(parts[0]) ? null : LocalDate.parse(parts[0]), Long.parseLong(parts[1]));
			}
			catch (RuntimeException ex) {
				throw new InvalidCursorException();
			}
		}

	}

}
