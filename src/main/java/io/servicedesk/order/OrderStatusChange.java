package io.servicedesk.order;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One step of an order's status history: from which status to which, who, when and why.
 */
@Entity
@Table(name = "client_order_status_change")
class OrderStatusChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private OrderStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private OrderStatus toStatus;

	@Column(nullable = false, updatable = false)
	private String changedBy;

	@Column(nullable = false, updatable = false)
	private Instant changedAt;

	@Column(updatable = false)
	private String note;

	protected OrderStatusChange() {
	}

	OrderStatusChange(OrderStatus from, OrderStatus to, String by, Instant at, String note) {
		this.fromStatus = from;
		this.toStatus = to;
		this.changedBy = by;
		this.changedAt = at;
		this.note = note;
	}

	OrderDetails.StatusChange view() {
		return new OrderDetails.StatusChange(fromStatus, toStatus, changedBy, changedAt, note);
	}

}
