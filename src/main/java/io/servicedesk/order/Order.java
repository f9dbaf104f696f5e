package io.servicedesk.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.servicedesk.shared.Money;
import io.servicedesk.client.ContactChannel;
import io.servicedesk.shared.BaseEntity;
import io.servicedesk.shared.IllegalTransitionException;
import io.servicedesk.shared.RuleViolationException;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A client's order: its lines and exact total, its promised delivery date and its way
 * through fulfilment, with every status change kept.
 */
@Entity
@Table(name = "client_order")
class Order extends BaseEntity {

	@Column(nullable = false, updatable = false)
	private String number;

	@Column(name = "client_id", nullable = false, updatable = false)
	private long clientId;

	@Column(updatable = false)
	private String accountNumber;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private ContactChannel channel;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OrderStatus status;

	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(nullable = false, updatable = false, length = 3)
	private String currency;

	@Column(nullable = false, updatable = false)
	private BigDecimal total;

	@Column(nullable = false)
	private BigDecimal advancePaid;

	private BigDecimal refundAmount;

	private LocalDate promisedDeliveryDate;

	@Column(updatable = false)
	private LocalDate originalDeliveryDate;

	private boolean delayDeclared;

	private Instant deliveredAt;

	@Column(nullable = false, updatable = false)
	private String placedBy;

	@OneToMany(cascade = CascadeType.ALL)
	@JoinColumn(name = "order_id", nullable = false, updatable = false)
	@OrderBy("position")
	private List<OrderLine> lines = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL)
	@JoinColumn(name = "order_id", nullable = false, updatable = false)
	@OrderBy("id")
	private List<OrderStatusChange> history = new ArrayList<>();

	protected Order() {
	}

	Order(String number, long clientId, String accountNumber, ContactChannel channel, Currency currency,
			LocalDate promisedDeliveryDate, BigDecimal advancePaid, List<OrderLineData> lineData, String by,
			Instant at) {
		if (lineData.isEmpty()) {
			throw new RuleViolationException("order.lines.required");
		}
		Money sum = Money.zero(currency);
		for (int i = 0; i < lineData.size(); i++) {
			OrderLineData line = lineData.get(i);
			if (line.quantity() <= 0) {
				throw new RuleViolationException("order.line.quantity-invalid", i + 1);
			}
			Money unitPrice = new Money(line.unitPrice(), currency);
			if (unitPrice.isNegative()) {
				throw new RuleViolationException("order.line.price-invalid", i + 1);
			}
			sum = sum.plus(unitPrice.times(line.quantity()));
			lines.add(new OrderLine(i + 1, line.sku().trim(), line.description().trim(), line.quantity(),
					unitPrice.amount()));
		}
		Money advance = new Money(advancePaid == null ? BigDecimal.ZERO : advancePaid, currency);
		if (advance.isNegative() || advance.compareTo(sum) > 0) {
			throw new RuleViolationException("order.advance.above-total", sum.toString());
		}
		this.number = number;
		this.clientId = clientId;
		this.accountNumber = accountNumber;
		this.channel = channel;
		this.currency = currency.getCurrencyCode();
		this.total = sum.amount();
		this.advancePaid = advance.amount();
		this.promisedDeliveryDate = promisedDeliveryDate;
		this.originalDeliveryDate = promisedDeliveryDate;
		this.placedBy = by;
		this.status = OrderStatus.RECEIVED;
		history.add(new OrderStatusChange(null, OrderStatus.RECEIVED, by, at, null));
	}

	/**
	 * Moves the order on; cancelling is possible only before it ships, a return only
	 * after delivery.
	 */
	void changeStatus(OrderStatus to, String note, String by, Instant at) {
		if (to == OrderStatus.RETURNED) {
			throw new RuleViolationException("order.refund.required", number);
		}
		move(to, note, by, at);
		if (to == OrderStatus.DELIVERED) {
			deliveredAt = at;
		}
	}

	void markReturned(BigDecimal refund, String note, String by, Instant at) {
		Money refundMoney = new Money(refund, Currency.getInstance(currency));
		if (refundMoney.isNegative() || refundMoney.amount().compareTo(total) > 0) {
			throw new RuleViolationException("order.refund.above-total", total.toPlainString() + " " + currency);
		}
		move(OrderStatus.RETURNED, note, by, at);
		refundAmount = refundMoney.amount();
	}

	/**
	 * Records a delay the client was told about: optionally a new, later promised date.
	 * The order counts as delayed from now on until it is delivered.
	 */
	void declareDelay(LocalDate newDate, String note, String by, Instant at) {
		if (!status.isOpen()) {
			throw new IllegalTransitionException("order.delay.refused", number, status);
		}
		if (newDate != null && promisedDeliveryDate != null && !newDate.isAfter(promisedDeliveryDate)) {
			throw new RuleViolationException("order.delay.date-not-later", promisedDeliveryDate.toString());
		}
		if (newDate != null) {
			promisedDeliveryDate = newDate;
		}
		delayDeclared = true;
		history.add(new OrderStatusChange(status, status, by, at, note));
	}

	boolean isDelayed(LocalDate today) {
		return status.isOpen()
				&& (delayDeclared || (promisedDeliveryDate != null && today.isAfter(promisedDeliveryDate)));
	}

	private void move(OrderStatus to, String note, String by, Instant at) {
		if (!status.next().contains(to)) {
			String key = switch (to) {
				case CANCELLED -> "order.cancel.refused";
				case RETURN_REQUESTED -> "order.return.refused";
				default -> "order.status.refused";
			};
			throw new IllegalTransitionException(key, number, status, to);
		}
		history.add(new OrderStatusChange(status, to, by, at, note == null || note.isBlank() ? null : note.trim()));
		status = to;
	}

	String getNumber() {
		return number;
	}

	long getClientId() {
		return clientId;
	}

	OrderStatus getStatus() {
		return status;
	}

	LocalDate getPromisedDeliveryDate() {
		return promisedDeliveryDate;
	}

	OrderDetails details(LocalDate today) {
		return new OrderDetails(getId(), number, clientId, accountNumber, channel, status, currency, total, advancePaid,
				refundAmount, promisedDeliveryDate, originalDeliveryDate, isDelayed(today), placedBy, getVersion(),
				lines.stream().map(OrderLine::view).toList(), history.stream().map(OrderStatusChange::view).toList(),
				getCreatedAt(), getUpdatedAt());
	}

}
