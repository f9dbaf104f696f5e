package io.servicedesk.order;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.servicedesk.account.AccountDetails;
import io.servicedesk.account.AccountService;
import io.servicedesk.account.AccountStatus;
import io.servicedesk.audit.AuditLog;
import io.servicedesk.audit.AuditRecord;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientRef;
import io.servicedesk.client.ClientService;
import io.servicedesk.client.ContactChannel;
import io.servicedesk.correspondence.Correspondence;
import io.servicedesk.correspondence.MailKind;
import io.servicedesk.correspondence.MailRequest;
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.shared.StaffTimeZone;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The order module's public API: take orders, move them through fulfilment, declare
 * delays the client was told about, and list them.
 */
@Service
public class OrderService {

	public static final int MAX_PAGE_SIZE = 100;

	private final OrderRepository orders;

	private final OrderQueries queries;

	private final ClientService clients;

	private final AccountService accounts;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Correspondence correspondence;

	private final StaffTimeZone times;

	OrderService(OrderRepository orders, OrderQueries queries, ClientService clients, AccountService accounts,
			AuditLog auditLog, ApplicationEventPublisher events, Clock clock, Correspondence correspondence,
			StaffTimeZone times) {
		this.times = times;
		this.correspondence = correspondence;
		this.orders = orders;
		this.queries = queries;
		this.clients = clients;
		this.accounts = accounts;
		this.auditLog = auditLog;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public OrderDetails place(NewOrder order, String actor) {
		ClientRef client = clients.requireCurrent(order.clientNumber());
		String accountNumber = null;
		if (order.accountNumber() != null && !order.accountNumber().isBlank()) {
			AccountDetails account = accounts.find(order.accountNumber())
				.filter(candidate -> candidate.clientId() == client.id())
				.orElseThrow(() -> new RuleViolationException("order.account.not-of-client", order.accountNumber()));
			if (account.status() == AccountStatus.CLOSED) {
				throw new RuleViolationException("order.account.closed", account.number());
			}
			if (account.status() != AccountStatus.ACTIVE) {
				throw new RuleViolationException("order.account.not-active", account.number(), account.status());
			}
			accountNumber = account.number();
		}
		Currency currency = Currency.getInstance(order.currency().toUpperCase(Locale.ROOT));
		String number = "O-%06d".formatted(orders.nextNumber());
		Order placed = orders.save(new Order(number, client.id(), accountNumber, order.channel(), currency,
				order.promisedDeliveryDate(), order.advancePaid(), order.lines(), actor, clock.instant()));
		OrderDetails details = placed.details(today());
		auditLog.record(AuditRecord.of(actor, "order.placed", "order", number)
			.change(null, "client=" + client.number() + ", total=" + details.total() + " " + details.currency()));
		events.publishEvent(new OrderPlaced(client.id(), number, actor, clock.instant(), order.channel(),
				details.total(), details.currency(), order.promisedDeliveryDate()));
		return details;
	}

	@Transactional(readOnly = true)
	public OrderDetails get(String number) {
		return load(number).details(today());
	}

	/**
	 * The orders charged to this account and taken within [from, until), oldest first (an
	 * account statement).
	 */
	@Transactional(readOnly = true)
	public List<OrderDetails> ofAccount(String accountNumber, Instant from, Instant until) {
		LocalDate today = today();
		return orders
			.findByAccountNumberAndCreatedAtGreaterThanEqualAndCreatedAtLessThanOrderByCreatedAtAscIdAsc(accountNumber,
					from, until)
			.stream()
			.map(order -> order.details(today))
			.toList();
	}

	@Transactional
	public OrderDetails changeStatus(String number, OrderStatus to, String note, String actor) {
		Order order = load(number);
		OrderStatus from = order.getStatus();
		order.changeStatus(to, note, actor, clock.instant());
		return afterStatusChange(order, from, note, actor);
	}

	@Transactional
	public OrderDetails markReturned(String number, BigDecimal refund, String note, String actor) {
		Order order = load(number);
		OrderStatus from = order.getStatus();
		order.markReturned(refund, note, actor, clock.instant());
		return afterStatusChange(order, from, note, actor);
	}

	/**
	 * Records a delay (with an optional new, later promised date) and how the client was
	 * informed: by e-mail means the delay notice is queued for the client now, in their
	 * language; any other way was the agent's (a call, a letter).
	 */
	@Transactional
	public OrderDetails declareDelay(String number, LocalDate newDate, ContactChannel informedVia, String note,
			String actor) {
		if (informedVia == null || note == null || note.isBlank()) {
			throw new RuleViolationException("order.delay.notice-required", number);
		}
		Order order = load(number);
		LocalDate before = order.getPromisedDeliveryDate();
		order.declareDelay(newDate, note.trim(), actor, clock.instant());
		orders.flush();
		auditLog.record(AuditRecord.of(actor, "order.delayed", "order", order.getNumber())
			.change(before, order.getPromisedDeliveryDate() + " (" + informedVia + ")"));
		events.publishEvent(new OrderDelayed(order.getClientId(), order.getNumber(), actor, clock.instant(),
				order.getPromisedDeliveryDate(), informedVia, note.trim()));
		if (informedVia == ContactChannel.EMAIL) {
			emailDelay(order, note.trim(), actor);
		}
		return order.details(today());
	}

	private void emailDelay(Order order, String note, String actor) {
		ClientDetails client = clients.get(clients.ref(order.getClientId()).number());
		Map<String, String> values = new HashMap<>();
		values.put("order.number", order.getNumber());
		values.put("order.note", note);
		values.put("order.promised-date", order.getPromisedDeliveryDate() == null ? "—"
				: correspondence.date(order.getPromisedDeliveryDate(), client.preferredLanguage()));
		correspondence
			.queue(MailRequest.notice(MailKind.ORDER_DELAYED, client.id(), values,
					"ORDER_DELAYED:" + order.getNumber() + ":" + clock.instant(), actor))
			.orElseThrow(() -> new RuleViolationException("order.delay.no-address", order.getNumber()));
	}

	@Transactional(readOnly = true)
	public OrderPage list(OrderFilter filter, int limit, String after) {
		Long clientId = null;
		if (filter.clientNumber() != null && !filter.clientNumber().isBlank()) {
			clientId = clients.find(filter.clientNumber()).map(c -> c.id()).orElse(-1L);
		}
		OrderPage page = queries.list(filter, clientId, Math.max(1, Math.min(limit, MAX_PAGE_SIZE)), after, today());
		return new OrderPage(withClients(page.items()), page.next());
	}

	/** A client's latest orders, newest first. */
	@Transactional(readOnly = true)
	public List<OrderSummary> recentForClient(long clientId, int limit) {
		return queries.recentForClient(clientId, limit, today());
	}

	@Transactional(readOnly = true)
	public List<Long> clientIdsByOrderNumber(String query) {
		String normalised = query == null ? "" : query.trim().toUpperCase(Locale.ROOT);
		if (!normalised.matches("O-?\\d{1,9}")) {
			return List.of();
		}
		return queries.clientIdsByOrderNumber("O-%06d".formatted(Long.parseLong(normalised.replaceAll("\\D", ""))));
	}

	private List<OrderSummary> withClients(List<OrderSummary> items) {
		Set<Long> ids = items.stream().map(OrderSummary::clientId).collect(Collectors.toSet());
		Map<Long, ClientRef> refs = clients.refs(ids);
		return items.stream().map(o -> {
			ClientRef ref = refs.get(o.clientId());
			return ref == null ? o : o.withClient(ref.number(), ref.displayName());
		}).toList();
	}

	private OrderDetails afterStatusChange(Order order, OrderStatus from, String note, String actor) {
		orders.flush();
		auditLog.record(AuditRecord.of(actor, "order.status-changed", "order", order.getNumber())
			.change(from, order.getStatus()));
		OrderDetails details = order.details(today());
		String refund = order.getStatus() == OrderStatus.RETURNED && details.refundAmount() != null
				? details.refundAmount().toPlainString() + " " + details.currency() : null;
		events.publishEvent(new OrderStatusChanged(order.getClientId(), order.getNumber(), actor, clock.instant(), from,
				order.getStatus(), note == null || note.isBlank() ? null : note.trim(), refund));
		return order.details(today());
	}

	private Order load(String number) {
		String normalised = number == null ? "" : number.trim().toUpperCase(Locale.ROOT);
		return orders.findByNumber(normalised).orElseThrow(() -> new OrderNotFoundException(number));
	}

	/**
	 * Today where the staff member the request is for is (the desk's zone outside a
	 * request): an order promised for 4 December is late for them from the first minute
	 * of 5 December there.
	 */
	private LocalDate today() {
		return times.today(clock);
	}

}
