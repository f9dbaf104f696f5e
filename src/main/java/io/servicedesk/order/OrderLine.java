package io.servicedesk.order;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A line of an order; lines do not change once the order is taken.
 */
@Entity
@Table(name = "client_order_line")
class OrderLine {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private int position;

	@Column(nullable = false, updatable = false)
	private String sku;

	@Column(nullable = false, updatable = false)
	private String description;

	@Column(nullable = false, updatable = false)
	private int quantity;

	@Column(nullable = false, updatable = false)
	private BigDecimal unitPrice;

	protected OrderLine() {
	}

	OrderLine(int position, String sku, String description, int quantity, BigDecimal unitPrice) {
		this.position = position;
		this.sku = sku;
		this.description = description;
		this.quantity = quantity;
		this.unitPrice = unitPrice;
	}

	OrderDetails.Line view() {
		return new OrderDetails.Line(sku, description, quantity, unitPrice,
				unitPrice.multiply(BigDecimal.valueOf(quantity)));
	}

}
