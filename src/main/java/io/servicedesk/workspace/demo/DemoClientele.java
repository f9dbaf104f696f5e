package io.servicedesk.workspace.demo;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The quick start's living desk: about 200 clients from the five interface languages'
 * countries with accounts in every status, about 500 orders in every status (delayed ones
 * included) and their timelines. Generated from a fixed seed, in bulk, once: only into an
 * empty client table and only with demo data on.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class DemoClientele implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoClientele.class);

	static final int CLIENTS = 200;

	static final int ORDERS = 500;

	private static final String[] AGENTS = { "agent", "agent2", "supervisor" };

	private static final String[] OPEN_STATUSES = { "RECEIVED", "CONFIRMED", "IN_FULFILLMENT", "SHIPPED" };

	private static final String[] PATH = { "RECEIVED", "CONFIRMED", "IN_FULFILLMENT", "SHIPPED", "DELIVERED",
			"RETURN_REQUESTED", "RETURNED" };

	private static final String[][] PRODUCTS = { { "KT-100", "Electric kettle 1.7 l", "34.90" },
			{ "FL-220", "Water filter cartridge (3 pcs)", "12.50" }, { "CM-300", "Coffee grinder", "59.00" },
			{ "TS-410", "Toaster, two slots", "27.99" }, { "BL-500", "Blender 800 W", "79.00" },
			{ "MG-610", "Stoneware mug", "6.40" }, { "PN-720", "Cast-iron pan 28 cm", "45.00" },
			{ "KN-830", "Chef's knife", "39.95" }, { "SC-940", "Kitchen scale", "18.75" },
			{ "WR-050", "Extended warranty, 2 years", "15.00" } };

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final boolean enabled;

	DemoClientele(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock,
			@Value("${servicedesk.demo-data.enabled:false}") boolean enabled) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled) {
			return;
		}
		transaction.executeWithoutResult(status -> {
			jdbc.execute("lock table client in share row exclusive mode");
			Boolean empty = jdbc.queryForObject("select not exists (select 1 from client)", Boolean.class);
			if (Boolean.TRUE.equals(empty)) {
				long started = System.nanoTime();
				seed(new Random(20_261_123L));
				log.info("Demo clientele created: {} clients, their accounts, {} orders and timelines in {} ms",
						CLIENTS, ORDERS, Duration.ofNanos(System.nanoTime() - started).toMillis());
			}
		});
	}

	private void seed(Random random) {
		Instant now = clock.instant();
		LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
		Timeline timeline = new Timeline();

		List<Object[]> clientRows = new ArrayList<>();
		List<Long> clientNumbers = numbers("client_number_seq", CLIENTS);
		List<Instant> registered = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			Country country = Country.values()[i % Country.values().length];
			boolean company = random.nextInt(5) == 0;
			String first = pick(random, country.firstNames);
			String last = pick(random, country.lastNames);
			String person = first + " " + last;
			String companyName = company ? last + " " + pick(random, country.companySuffixes) : null;
			String name = company ? companyName : person;
			String email = ascii(first + "." + last).toLowerCase(Locale.ROOT) + (i + 1) + "@" + (company
					? ascii(last).toLowerCase(Locale.ROOT) + "." + country.domain : "example." + country.domain);
			String phone = country.phone(random);
			String segment = random.nextInt(10) == 0 ? "VIP" : random.nextInt(5) == 0 ? "PRIORITY" : "STANDARD";
			boolean consent = random.nextBoolean();
			Instant created = now.minus(Duration.ofDays(400 + random.nextInt(400)));
			registered.add(created);
			clientRows.add(new Object[] { "C-%06d".formatted(clientNumbers.get(i)), company ? "COMPANY" : "INDIVIDUAL",
					name, companyName, company ? person : null, email, phone,
					pick(random, country.streets) + " " + (1 + random.nextInt(120)), country.postalCode(random),
					pick(random, country.cities), country.name(), country.language,
					pick(random, new String[] { "PHONE", "EMAIL", "EMAIL", "LETTER", "IN_PERSON" }), segment,
					segment.equals("VIP") ? "vip,key-account" : null, consent,
					consent ? Timestamp.from(created.plus(Duration.ofDays(3))) : null, Timestamp.from(created),
					Timestamp.from(created) });
		}
		jdbc.batchUpdate("""
				insert into client (number, kind, name, company_name, contact_person, email, phone, street, postal_code,
				  city, country, preferred_language, preferred_channel, segment, tags, marketing_consent,
				  consent_changed_at, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", clientRows);
		List<Long> clientIds = jdbc.queryForList("select id from client order by id", Long.class);
		for (int i = 0; i < CLIENTS; i++) {
			timeline.add(clientIds.get(i), registered.get(i), "CLIENT_REGISTERED", (String) clientRows.get(i)[0], null,
					null, null, null, null, "system");
		}

		seedAccounts(random, clientIds, registered, today, timeline);
		seedOrders(random, clientIds, registered, now, today, timeline);
		for (int i = 0; i < CLIENTS; i += 2) {
			Instant at = now.minus(Duration.ofHours(1 + random.nextInt(24 * 60)));
			timeline.add(clientIds.get(i), at, "CALL", null, null, "PHONE",
					random.nextBoolean() ? "INBOUND" : "OUTBOUND",
					pick(random,
							new String[] { "Asked about the opening hours of the branch.",
									"Wanted to change the delivery address; told how to do it online.",
									"Asked for a copy of the last invoice; sent by e-mail.",
									"Called back about the warranty terms." }),
					2 + random.nextInt(15), pick(random, AGENTS));
		}
		timeline.flush(jdbc);
	}

	private void seedAccounts(Random random, List<Long> clientIds, List<Instant> registered, LocalDate today,
			Timeline timeline) {
		String[] types = { "STANDARD", "STANDARD", "PREMIUM", "BUSINESS" };
		String[] currencies = { "EUR", "EUR", "PLN", "GBP" };
		List<Object[]> rows = new ArrayList<>();
		List<String> statuses = new ArrayList<>();
		List<Integer> owners = new ArrayList<>();
		List<Instant> openedAt = new ArrayList<>();
		int count = CLIENTS * 3 / 2;
		List<Long> numbers = numbers("account_number_seq", count);
		for (int i = 0; i < count; i++) {
			int owner = i < CLIENTS ? i : random.nextInt(CLIENTS);
			String status = switch (i % 20) {
				case 0, 1, 2 -> "PENDING";
				case 3, 4 -> "SUSPENDED";
				case 5, 6, 7 -> "CLOSED";
				default -> "ACTIVE";
			};
			Instant opened = registered.get(owner).plus(Duration.ofDays(1 + random.nextInt(300)));
			LocalDate openedOn = LocalDate.ofInstant(opened, ZoneOffset.UTC);
			String reason = switch (status) {
				case "SUSPENDED" -> "Payment overdue for more than 60 days";
				case "CLOSED" -> "Closed at the client's request";
				default -> null;
			};
			String number = "A-%06d".formatted(numbers.get(i));
			rows.add(new Object[] { number, clientIds.get(owner), types[random.nextInt(types.length)],
					currencies[random.nextInt(currencies.length)], status, Date.valueOf(openedOn),
					status.equals("CLOSED") ? Date.valueOf(today.minusDays(random.nextInt(60))) : null, reason,
					Timestamp.from(opened), Timestamp.from(opened) });
			statuses.add(status);
			owners.add(owner);
			openedAt.add(opened);
		}
		jdbc.batchUpdate("""
				insert into account (number, client_id, type, currency, status, opened_on, closed_on, status_reason,
				  created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
		Map<String, Long> ids = idsByNumber("account");
		List<String> items = jdbc
			.queryForList("select item from account_checklist_template where active order by position", String.class);
		List<Object[]> checklist = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String number = (String) rows.get(i)[0];
			long clientId = clientIds.get(owners.get(i));
			Instant opened = openedAt.get(i);
			String agent = pick(random, AGENTS);
			boolean pending = statuses.get(i).equals("PENDING");
			for (int p = 0; p < items.size(); p++) {
				boolean done = !pending || p < i % items.size();
				checklist.add(new Object[] { ids.get(number), items.get(p), p + 1, done, done ? agent : null,
						done ? Timestamp.from(opened.plus(Duration.ofHours(p + 1))) : null });
			}
			timeline.add(clientId, opened, "ACCOUNT_OPENED", number, (String) rows.get(i)[2], null, null, null, null,
					agent);
			if (!pending) {
				timeline.add(clientId, opened.plus(Duration.ofDays(1)), "ACCOUNT_ACTIVATED", number, null, null, null,
						null, null, agent);
			}
			if (statuses.get(i).equals("SUSPENDED") || statuses.get(i).equals("CLOSED")) {
				timeline.add(clientId, opened.plus(Duration.ofDays(20)),
						statuses.get(i).equals("SUSPENDED") ? "ACCOUNT_SUSPENDED" : "ACCOUNT_CLOSED", number, null,
						null, null, (String) rows.get(i)[7], null, agent);
			}
		}
		jdbc.batchUpdate("""
				insert into account_checklist_item (account_id, item, position, done, done_by, done_at)
				values (?, ?, ?, ?, ?, ?)""", checklist);
	}

	private void seedOrders(Random random, List<Long> clientIds, List<Instant> registered, Instant now, LocalDate today,
			Timeline timeline) {
		List<Long> numbers = numbers("order_number_seq", ORDERS);
		String[] channels = { "PHONE", "PHONE", "EMAIL", "WEB", "WEB", "FAX", "IN_PERSON" };
		List<Object[]> orders = new ArrayList<>();
		List<List<Object[]>> linesPerOrder = new ArrayList<>();
		List<List<Object[]>> historyPerOrder = new ArrayList<>();
		for (int i = 0; i < ORDERS; i++) {
			int owner = random.nextInt(CLIENTS);
			long clientId = clientIds.get(owner);
			String number = "O-%06d".formatted(numbers.get(i));
			String agent = pick(random, AGENTS);
			String channel = channels[random.nextInt(channels.length)];
			String status;
			int kind = i % 25;
			if (kind < 3) {
				status = "CANCELLED";
			}
			else if (kind < 5) {
				status = kind == 3 ? "RETURN_REQUESTED" : "RETURNED";
			}
			else if (kind < 12) {
				status = "DELIVERED";
			}
			else {
				status = OPEN_STATUSES[i % OPEN_STATUSES.length];
			}
			boolean open = List.of(OPEN_STATUSES).contains(status);
			Instant placed = open ? now.minus(Duration.ofHours(6 + random.nextInt(24 * 20)))
					: now.minus(Duration.ofDays(25 + random.nextInt(300)));
			LocalDate promised = LocalDate.ofInstant(placed, ZoneOffset.UTC).plusDays(5 + random.nextInt(14));
			boolean declared = open && i % 7 == 0;
			LocalDate original = promised;
			if (declared) {
				promised = promised.plusDays(7 + random.nextInt(14));
			}
			List<Object[]> lines = new ArrayList<>();
			BigDecimal total = BigDecimal.ZERO;
			int lineCount = 1 + random.nextInt(3);
			for (int l = 0; l < lineCount; l++) {
				String[] product = PRODUCTS[random.nextInt(PRODUCTS.length)];
				int quantity = 1 + random.nextInt(4);
				BigDecimal price = new BigDecimal(product[2]);
				total = total.add(price.multiply(BigDecimal.valueOf(quantity)));
				lines.add(new Object[] { number, l + 1, product[0], product[1], quantity, price });
			}
			BigDecimal advance = random.nextInt(3) == 0
					? total.divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.DOWN) : BigDecimal.ZERO;
			BigDecimal refund = status.equals("RETURNED") ? total : null;
			List<Object[]> history = new ArrayList<>();
			timeline.add(clientId, placed, "ORDER_PLACED", number, total.setScale(2) + " EUR", channel, null, null,
					null, agent);
			Instant at = placed;
			String previous = null;
			List<String> steps = new ArrayList<>();
			if (status.equals("CANCELLED")) {
				steps.addAll(List.of("RECEIVED", "CANCELLED"));
			}
			else {
				for (String step : PATH) {
					steps.add(step);
					if (step.equals(status)) {
						break;
					}
				}
			}
			Instant deliveredAt = null;
			for (String step : steps) {
				String note = step.equals("CANCELLED") ? "Client no longer needs it"
						: step.equals("RETURN_REQUESTED") ? "Arrived damaged" : null;
				history.add(new Object[] { number, previous, step, agent, Timestamp.from(at), note });
				if (previous != null) {
					timeline.add(clientId, at, "ORDER_STATUS_CHANGED", number, step, null, null, note, null, agent);
				}
				if (step.equals("DELIVERED")) {
					deliveredAt = at;
				}
				previous = step;
				at = at.plus(Duration.ofHours(4 + random.nextInt(40)));
				if (at.isAfter(now)) {
					at = now.minusSeconds(60);
				}
			}
			if (declared) {
				Instant noticeAt = at.isBefore(now) ? at : now.minusSeconds(30);
				String informedVia = random.nextBoolean() ? "PHONE" : "EMAIL";
				String note = "Supplier delay; new delivery date " + promised + " confirmed with the client";
				history.add(new Object[] { number, status, status, agent, Timestamp.from(noticeAt), note });
				timeline.add(clientId, noticeAt, "ORDER_DELAYED", number, promised.toString(), informedVia, null, note,
						null, agent);
			}
			orders.add(new Object[] { number, clientId, channel, status, "EUR", total, advance, refund,
					Date.valueOf(promised), Date.valueOf(original), declared,
					deliveredAt == null ? null : Timestamp.from(deliveredAt), agent, Timestamp.from(placed),
					Timestamp.from(at) });
			linesPerOrder.add(lines);
			historyPerOrder.add(history);
		}
		jdbc.batchUpdate(
				"""
						insert into client_order (number, client_id, channel, status, currency, total, advance_paid,
						  refund_amount, promised_delivery_date, original_delivery_date, delay_declared, delivered_at, placed_by,
						  created_at, updated_at)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				orders);
		Map<String, Long> ids = idsByNumber("client_order");
		List<Object[]> lines = new ArrayList<>();
		linesPerOrder.forEach(list -> list.forEach(line -> lines
			.add(new Object[] { ids.get((String) line[0]), line[1], line[2], line[3], line[4], line[5] })));
		jdbc.batchUpdate("""
				insert into client_order_line (order_id, position, sku, description, quantity, unit_price)
				values (?, ?, ?, ?, ?, ?)""", lines);
		List<Object[]> history = new ArrayList<>();
		historyPerOrder.forEach(list -> list.forEach(change -> history
			.add(new Object[] { ids.get((String) change[0]), change[1], change[2], change[3], change[4], change[5] })));
		jdbc.batchUpdate("""
				insert into client_order_status_change (order_id, from_status, to_status, changed_by, changed_at, note)
				values (?, ?, ?, ?, ?, ?)""", history);
	}

	private List<Long> numbers(String sequence, int count) {
		return jdbc.queryForList("select nextval('" + sequence + "') from generate_series(1, ?)", Long.class, count);
	}

	private Map<String, Long> idsByNumber(String table) {
		Map<String, Long> ids = new HashMap<>();
		jdbc.query("select id, number from " + table, rs -> {
			ids.put(rs.getString("number"), rs.getLong("id"));
		});
		return ids;
	}

	private static String pick(Random random, String[] values) {
		return values[random.nextInt(values.length)];
	}

	private static String ascii(String text) {
		return Normalizer.normalize(text.replace("ł", "l").replace("Ł", "L").replace("ß", "ss"), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^A-Za-z.]", "");
	}

	/** Timeline rows collected while seeding and written in one batch. */
	private static final class Timeline {

		private final List<Object[]> rows = new ArrayList<>();

		void add(long clientId, Instant at, String kind, String subject, String detail, String channel,
				String direction, String summary, Integer minutes, String actor) {
			rows.add(new Object[] { clientId, Timestamp.from(at), kind, subject, detail, channel, direction, summary,
					minutes, actor });
		}

		void flush(JdbcTemplate jdbc) {
			jdbc.batchUpdate("""
					insert into timeline_entry (client_id, occurred_at, kind, subject_ref, detail, channel, direction,
					  summary, duration_minutes, actor) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
		}

	}

	private enum Country {

		PL("pl", "pl",
				new String[] { "Anna", "Piotr", "Katarzyna", "Tomasz", "Małgorzata", "Krzysztof", "Agnieszka", "Paweł",
						"Zofia", "Łukasz" },
				new String[] { "Kowalski", "Nowak", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowski", "Zieliński",
						"Szymańska", "Woźniak", "Dąbrowski" },
				new String[] { "sp. z o.o.", "S.A." },
				new String[] { "Warszawa", "Kraków", "Łódź", "Wrocław", "Gdańsk" },
				new String[] { "ul. Długa", "ul. Marszałkowska", "ul. Piotrkowska", "ul. Świętojańska" }) {
			@Override
			String phone(Random random) {
				return "+48" + (5 + random.nextInt(3)) + digits(random, 8);
			}

			@Override
			String postalCode(Random random) {
				return "%02d-%03d".formatted(random.nextInt(100), random.nextInt(1000));
			}
		},
		DE("de", "de",
				new String[] { "Jürgen", "Sabine", "Lukas", "Jörg", "Anja", "Matthias", "Käthe", "Stefan", "Ute",
						"Felix" },
				new String[] { "Müller", "Schmidt", "Schneider", "Fischer", "Weiß", "Becker", "Schäfer", "Köhler",
						"Hoffmann", "Groß" },
				new String[] { "GmbH", "AG", "KG" },
				new String[] { "Berlin", "München", "Köln", "Düsseldorf", "Nürnberg" },
				new String[] { "Hauptstraße", "Königsallee", "Schillerstraße", "Goethestraße" }) {
			@Override
			String phone(Random random) {
				return "+4915" + random.nextInt(10) + digits(random, 8);
			}

			@Override
			String postalCode(Random random) {
				return "%05d".formatted(10000 + random.nextInt(89999));
			}
		},
		EE("et", "ee",
				new String[] { "Mari", "Jüri", "Kadri", "Tõnu", "Liis", "Märt", "Ülle", "Priit", "Kätlin", "Andres" },
				new String[] { "Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves", "Pärn", "Koppel" },
				new String[] { "OÜ", "AS" }, new String[] { "Tallinn", "Tartu", "Pärnu", "Narva", "Viljandi" },
				new String[] { "Pärnu mnt", "Narva mnt", "Tartu mnt", "Väike-Karja" }) {
			@Override
			String phone(Random random) {
				return "+3725" + digits(random, 7);
			}

			@Override
			String postalCode(Random random) {
				return "%05d".formatted(10000 + random.nextInt(89999));
			}
		},
		LV("lv", "lv",
				new String[] { "Jānis", "Ilze", "Andris", "Līga", "Kārlis", "Inese", "Mārtiņš", "Zane", "Edgars",
						"Dace" },
				new String[] { "Bērziņš", "Kalniņa", "Ozols", "Jansone", "Liepiņš", "Krūmiņa", "Zariņš", "Balode",
						"Kļaviņš", "Vītola" },
				new String[] { "SIA", "AS" }, new String[] { "Rīga", "Daugavpils", "Liepāja", "Jelgava", "Jūrmala" },
				new String[] { "Brīvības iela", "Elizabetes iela", "Tērbatas iela", "Lāčplēša iela" }) {
			@Override
			String phone(Random random) {
				return "+3712" + digits(random, 7);
			}

			@Override
			String postalCode(Random random) {
				return "LV-%04d".formatted(1000 + random.nextInt(4000));
			}
		},
		GB("en", "co.uk",
				new String[] { "Oliver", "Amelia", "George", "Isla", "Harry", "Emily", "Jack", "Sophie", "Charlie",
						"Grace" },
				new String[] { "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Davies", "Evans", "Thomas",
						"O'Brien" },
				new String[] { "Ltd", "plc" }, new String[] { "London", "Manchester", "Leeds", "Bristol", "Edinburgh" },
				new String[] { "High Street", "Station Road", "Church Lane", "Victoria Road" }) {
			@Override
			String phone(Random random) {
				return "+447" + (4 + random.nextInt(6)) + digits(random, 8);
			}

			@Override
			String postalCode(Random random) {
				return "SW%d %dAB".formatted(1 + random.nextInt(20), 1 + random.nextInt(9));
			}
		};

		final String language;

		final String domain;

		final String[] firstNames;

		final String[] lastNames;

		final String[] companySuffixes;

		final String[] cities;

		final String[] streets;

		Country(String language, String domain, String[] firstNames, String[] lastNames, String[] companySuffixes,
				String[] cities, String[] streets) {
			this.language = language;
			this.domain = domain;
			this.firstNames = firstNames;
			this.lastNames = lastNames;
			this.companySuffixes = companySuffixes;
			this.cities = cities;
			this.streets = streets;
		}

		abstract String phone(Random random);

		abstract String postalCode(Random random);

		static String digits(Random random, int count) {
			StringBuilder digits = new StringBuilder();
			for (int i = 0; i < count; i++) {
				digits.append(random.nextInt(10));
			}
			return digits.toString();
		}

	}

}
