package io.servicedesk.document;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.servicedesk.account.AccountDetails;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.complaint.ComplaintDetails;
import io.servicedesk.complaint.ResolutionDeadline;
import io.servicedesk.correspondence.CorrespondenceProperties;
import io.servicedesk.order.OrderDetails;
import io.servicedesk.order.OrderStatus;
import io.servicedesk.staff.SupportedLanguage;
import io.servicedesk.staff.TeamDirectory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * The HTML of each document, written from its template under {@code templates/documents}
 * in the client's preferred language (the texts in the bundle {@code i18n/documents}),
 * with the desk's letterhead, the client's address, dates in the desk's time zone and
 * amounts in the client's notation.
 */
@Component
class DocumentTemplates {

	/**
	 * The HTML of a document, the language it is in and its file name (without ".pdf").
	 */
	record Content(String html, SupportedLanguage language, String filename) {
	}

	private final ITemplateEngine engine;

	private final MessageSource messages;

	private final CorrespondenceProperties desk;

	private final TeamDirectory staff;

	private final Duration appealWindow;

	private final Clock clock;

	DocumentTemplates(ITemplateEngine engine, MessageSource messages, CorrespondenceProperties desk,
			TeamDirectory staff, @Value("${servicedesk.complaints.reopen-window:30d}") Duration appealWindow,
			Clock clock) {
		this.engine = engine;
		this.messages = messages;
		this.desk = desk;
		this.staff = staff;
		this.appealWindow = appealWindow;
		this.clock = clock;
	}

	ZoneId zone() {
		return desk.zone();
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(zone()));
	}

	Instant startOf(LocalDate day) {
		return day.atStartOfDay(zone()).toInstant();
	}

	Content complaintLetter(DocumentKind kind, ComplaintDetails complaint, ClientDetails client) {
		Map<String, Object> values = new HashMap<>();
		values.put("complaint", complaint);
		Locale locale = language(client).locale();
		Instant due = complaint.sla() == null ? null : complaint.sla().resolutionDueAt();
		values.put("deadline", due == null ? null : new ResolutionDeadline(due, zone()).format(locale));
		values.put("appealDays", appealWindow.toDays());
		values.put("handler", complaint.assigneeName());
		values.put("approver",
				complaint.reviewedBy() == null ? null : staff.displayNames(List.of(complaint.reviewedBy()))
					.getOrDefault(complaint.reviewedBy(), complaint.reviewedBy()));
		String template = kind == DocumentKind.COMPLAINT_ACKNOWLEDGEMENT ? "complaint-acknowledgement"
				: "complaint-decision";
		return content(kind, template, complaint.reference(), complaint.reference(), client, values);
	}

	Content orderDocument(DocumentKind kind, OrderDetails order, ClientDetails client) {
		Map<String, Object> values = new HashMap<>();
		values.put("order", order);
		values.put("due",
				order.total().subtract(order.advancePaid() == null ? java.math.BigDecimal.ZERO : order.advancePaid()));
		values.put("returnedAt",
				order.history()
					.stream()
					.filter(change -> change.to() == OrderStatus.RETURNED)
					.map(OrderDetails.StatusChange::at)
					.reduce((first, second) -> second)
					.orElse(null));
		String template = kind == DocumentKind.ORDER_CONFIRMATION ? "order-confirmation" : "refund-confirmation";
		return content(kind, template, order.number(), order.number(), client, values);
	}

	Content statement(AccountDetails account, ClientDetails client, LocalDate from, LocalDate to,
			List<OrderDetails> orders) {
		Map<String, Object> values = new HashMap<>();
		values.put("account", account);
		values.put("from", from);
		values.put("to", to);
		values.put("orders", orders);
		// the totals count what was charged in the account's currency (a cancelled order
		// is not charged)
		List<OrderDetails> charged = orders.stream()
			.filter(order -> order.status() != OrderStatus.CANCELLED)
			.filter(order -> order.currency().equals(account.currency()))
			.toList();
		values.put("totalOrdered", sum(charged, OrderDetails::total));
		values.put("totalPaid", sum(charged, OrderDetails::advancePaid));
		values.put("totalRefunded",
				sum(orders.stream().filter(order -> order.currency().equals(account.currency())).toList(),
						OrderDetails::refundAmount));
		String period = from + " – " + to;
		return content(DocumentKind.ACCOUNT_STATEMENT, "account-statement", account.number(),
				account.number() + " " + period, client, values);
	}

	private Content content(DocumentKind kind, String template, String reference, String nameSuffix,
			ClientDetails client, Map<String, Object> values) {
		SupportedLanguage language = language(client);
		Locale locale = language.locale();
		String title = messages.getMessage(kind.messageKey(), null, locale);
		values.put("client", client);
		values.put("language", language.tag());
		values.put("title", title);
		values.put("reference", reference);
		values.put("today", today());
		values.put("fmt", new Formats(locale, zone()));
		values.put("deskName", desk.fromName());
		values.put("deskAddress", desk.from());
		String html = engine.process("documents/" + template, new Context(locale, values));
		return new Content(html, language, title + " " + nameSuffix);
	}

	private static SupportedLanguage language(ClientDetails client) {
		return client.preferredLanguage() == null ? SupportedLanguage.fallback() : client.preferredLanguage();
	}

	private static java.math.BigDecimal sum(List<OrderDetails> orders,
			java.util.function.Function<OrderDetails, java.math.BigDecimal> amount) {
		return orders.stream()
			.map(amount)
			.filter(Objects::nonNull)
			.reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
	}

}
