package io.servicedesk.reporting.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import io.servicedesk.reporting.Kpis;

import org.springframework.context.MessageSource;

/**
 * The KPI block as the page's tiles and the KPI CSV show it: per group, each KPI with its
 * translated name and definition, its value, the previous period's value and the change,
 * formatted for the reader's language.
 */
final class KpiTable {

	private KpiTable() {
	}

	static List<Group> of(Kpis current, Kpis previous, MessageSource messages, Locale locale) {
		Formats formats = new Formats(messages, locale);
		List<Group> groups = new ArrayList<>();
		groups.add(group("inquiries", messages, locale, current, previous,
				List.of(count("inquiries.received", kpis -> kpis.inquiries().received()),
						count("inquiries.resolved", kpis -> kpis.inquiries().resolved()),
						count("inquiries.backlog", kpis -> kpis.inquiries().backlog()),
						minutes("inquiries.first-response-median",
								kpis -> kpis.inquiries().firstResponseMedianMinutes()),
						minutes("inquiries.first-response-p90", kpis -> kpis.inquiries().firstResponseP90Minutes()),
						minutes("inquiries.resolution-median", kpis -> kpis.inquiries().resolutionMedianMinutes()),
						minutes("inquiries.resolution-p90", kpis -> kpis.inquiries().resolutionP90Minutes()),
						percent("inquiries.first-response-sla", kpis -> kpis.inquiries().firstResponseSlaPercent()),
						percent("inquiries.resolution-sla", kpis -> kpis.inquiries().resolutionSlaPercent()),
						percent("inquiries.reopen-rate", kpis -> kpis.inquiries().reopenRatePercent()),
						percent("inquiries.one-touch", kpis -> kpis.inquiries().oneTouchRatePercent())),
				formats));
		groups.add(group("complaints", messages, locale, current, previous,
				List.of(count("complaints.received", kpis -> kpis.complaints().received()),
						count("complaints.resolved", kpis -> kpis.complaints().resolved()),
						count("complaints.backlog", kpis -> kpis.complaints().backlog()),
						percent("complaints.acknowledged-in-time",
								kpis -> kpis.complaints().acknowledgedInTimePercent()),
						percent("complaints.resolved-in-time", kpis -> kpis.complaints().resolvedInTimePercent()),
						decimal("complaints.days-to-resolve", kpis -> kpis.complaints().averageDaysToResolve())),
				formats));
		groups.add(group("csat", messages, locale, current, previous,
				List.of(count("csat.invitations", kpis -> kpis.csat().invitations()),
						count("csat.responses", kpis -> kpis.csat().responses()),
						percent("csat.response-rate", kpis -> kpis.csat().responseRatePercent()),
						decimal("csat.average", kpis -> kpis.csat().averageRating()),
						percent("csat.satisfied", kpis -> kpis.csat().satisfiedPercent())),
				formats));
		groups.add(group("clients", messages, locale, current, previous,
				List.of(count("clients.new", kpis -> kpis.clients().newClients()),
						count("clients.accounts-opened", kpis -> kpis.clients().accountsOpened()),
						count("clients.accounts-closed", kpis -> kpis.clients().accountsClosed()),
						percent("clients.retention", kpis -> kpis.clients().retentionPercent()),
						count("clients.orders-taken", kpis -> kpis.clients().ordersTaken()),
						percent("clients.delayed-orders", kpis -> kpis.clients().delayedOrdersPercent()),
						percent("clients.returns", kpis -> kpis.clients().returnsPercent())),
				formats));
		return groups;
	}

	private static Group group(String key, MessageSource messages, Locale locale, Kpis current, Kpis previous,
			List<Definition> definitions, Formats formats) {
		List<Tile> tiles = definitions.stream().map(definition -> {
			Number now = definition.value().apply(current);
			Number before = definition.value().apply(previous);
			String change = null;
			String trend = "flat";
			if (now != null && before != null) {
				double delta = now.doubleValue() - before.doubleValue();
				trend = delta > 0.0001 ? "up" : delta < -0.0001 ? "down" : "flat";
				String amount = definition.kind() == Kind.PERCENT ? formats.points(Math.abs(delta))
						: formats.format(definition.kind(), Math.abs(delta));
				change = (delta > 0 ? "+" : delta < 0 ? "−" : "±") + amount;
			}
			return new Tile(definition.key(), messages.getMessage("reports.kpi." + definition.key(), null, locale),
					messages.getMessage("reports.kpi." + definition.key() + ".help", null, locale),
					formats.format(definition.kind(), now), formats.format(definition.kind(), before), change, trend);
		}).toList();
		return new Group(key, messages.getMessage("reports.group." + key, null, locale), tiles);
	}

	private static Definition count(String key, Function<Kpis, Number> value) {
		return new Definition(key, Kind.COUNT, value);
	}

	private static Definition minutes(String key, Function<Kpis, Number> value) {
		return new Definition(key, Kind.MINUTES, value);
	}

	private static Definition percent(String key, Function<Kpis, Number> value) {
		return new Definition(key, Kind.PERCENT, value);
	}

	private static Definition decimal(String key, Function<Kpis, Number> value) {
		return new Definition(key, Kind.DECIMAL, value);
	}

	enum Kind {

		COUNT, MINUTES, PERCENT, DECIMAL

	}

	private record Definition(String key, Kind kind, Function<Kpis, Number> value) {
	}

	/** A group of tiles (inquiries, complaints, satisfaction, clients). */
	record Group(String key, String title, List<Tile> tiles) {
	}

	/**
	 * One KPI: {@code value} and {@code previous} are "—" without data; {@code change} is
	 * {@code null} then.
	 */
	record Tile(String key, String label, String help, String value, String previous, String change, String trend) {
	}

	private static final class Formats {

		private final MessageSource messages;

		private final Locale locale;

		Formats(MessageSource messages, Locale locale) {
			this.messages = messages;
			this.locale = locale;
		}

		/** A difference of two percentages, in percentage points. */
		String points(double value) {
			NumberFormat numbers = NumberFormat.getNumberInstance(locale);
			numbers.setMaximumFractionDigits(1);
			numbers.setMinimumFractionDigits(1);
			return messages.getMessage("reports.unit.points", new Object[] { numbers.format(value) }, locale);
		}

		String format(Kind kind, Number value) {
			if (value == null) {
				return "—";
			}
			NumberFormat numbers = NumberFormat.getNumberInstance(locale);
			return switch (kind) {
				case COUNT -> numbers.format(Math.round(value.doubleValue()));
				case PERCENT -> {
					numbers.setMaximumFractionDigits(1);
					numbers.setMinimumFractionDigits(1);
					yield messages.getMessage("reports.unit.percent", new Object[] { numbers.format(value) }, locale);
				}
				case DECIMAL -> {
					numbers.setMaximumFractionDigits(2);
					yield numbers.format(value);
				}
				case MINUTES -> minutes(value.longValue(), messages, locale);
			};
		}

	}

	/**
	 * Business minutes as the reader reads them: minutes below two hours, hours above.
	 */
	static String minutes(long minutes, MessageSource messages, Locale locale) {
		NumberFormat numbers = NumberFormat.getNumberInstance(locale);
		numbers.setMaximumFractionDigits(1);
		if (Math.abs(minutes) < 120) {
			return messages.getMessage("reports.unit.minutes", new Object[] { numbers.format(minutes) }, locale);
		}
		return messages.getMessage("reports.unit.hours", new Object[] { numbers.format(minutes / 60.0) }, locale);
	}

}
