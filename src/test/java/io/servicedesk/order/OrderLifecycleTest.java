package io.servicedesk.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import io.servicedesk.client.ContactChannel;
import io.servicedesk.shared.IllegalTransitionException;
import io.servicedesk.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderLifecycleTest {

	private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	private static final LocalDate PROMISED = LocalDate.of(2026, 3, 10);

	private Order order() {
		return new Order("O-000001", 1, null, ContactChannel.PHONE, Currency.getInstance("EUR"), PROMISED,
				new BigDecimal("10.00"), List.of(new OrderLineData("SKU-1", "Kettle", 2, new BigDecimal("19.99")),
						new OrderLineData("SKU-2", "Filter", 3, new BigDecimal("0.10"))),
				"agent", NOW);
	}

	@Test
	void theTotalIsTheExactSumOfTheLines() {
		OrderDetails details = order().details(PROMISED);
		assertThat(details.total()).isEqualByComparingTo("40.28");
		assertThat(details.status()).isEqualTo(OrderStatus.RECEIVED);
		assertThat(details.history()).hasSize(1);
	}

	@Test
	void linesMustHaveAPositiveQuantityAndTheAdvanceMayNotExceedTheTotal() {
		assertThatThrownBy(() -> new Order("O-2", 1, null, ContactChannel.WEB, Currency.getInstance("EUR"), null, null,
				List.of(new OrderLineData("A", "B", 0, BigDecimal.ONE)), "agent", NOW))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> new Order("O-3", 1, null, ContactChannel.WEB, Currency.getInstance("EUR"), null,
				new BigDecimal("5.00"), List.of(new OrderLineData("A", "B", 1, new BigDecimal("4.99"))), "agent", NOW))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> new Order("O-4", 1, null, ContactChannel.WEB, Currency.getInstance("EUR"), null, null,
				List.of(), "agent", NOW))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void anOrderGoesThroughFulfilmentWithItsHistory() {
		Order order = order();
		order.changeStatus(OrderStatus.CONFIRMED, null, "agent", NOW);
		order.changeStatus(OrderStatus.IN_FULFILLMENT, null, "agent", NOW);
		order.changeStatus(OrderStatus.SHIPPED, "DHL 123", "agent2", NOW);
		order.changeStatus(OrderStatus.DELIVERED, null, "agent", NOW);
		OrderDetails details = order.details(PROMISED.plusDays(30));
		assertThat(details.history()).extracting(OrderDetails.StatusChange::to)
			.containsExactly(OrderStatus.RECEIVED, OrderStatus.CONFIRMED, OrderStatus.IN_FULFILLMENT,
					OrderStatus.SHIPPED, OrderStatus.DELIVERED);
		assertThat(details.history().get(3).note()).isEqualTo("DHL 123");
		assertThat(details.delayed()).isFalse();
	}

	@Test
	void cancellingIsRefusedOnceShipped() {
		Order order = order();
		order.changeStatus(OrderStatus.CONFIRMED, null, "agent", NOW);
		order.changeStatus(OrderStatus.IN_FULFILLMENT, null, "agent", NOW);
		order.changeStatus(OrderStatus.SHIPPED, null, "agent", NOW);
		assertThatThrownBy(() -> order.changeStatus(OrderStatus.CANCELLED, "too late", "agent", NOW))
			.isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("order.cancel.refused");
	}

	@Test
	void aReturnComesOnlyAfterDeliveryAndTheRefundIsAtMostTheTotal() {
		Order order = order();
		assertThatThrownBy(() -> order.changeStatus(OrderStatus.RETURN_REQUESTED, null, "agent", NOW))
			.isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("order.return.refused");
		order.changeStatus(OrderStatus.CONFIRMED, null, "agent", NOW);
		order.changeStatus(OrderStatus.IN_FULFILLMENT, null, "agent", NOW);
		order.changeStatus(OrderStatus.SHIPPED, null, "agent", NOW);
		order.changeStatus(OrderStatus.DELIVERED, null, "agent", NOW);
		order.changeStatus(OrderStatus.RETURN_REQUESTED, "broken lid", "agent", NOW);
		assertThatThrownBy(() -> order.markReturned(new BigDecimal("40.29"), null, "agent", NOW))
			.isInstanceOf(RuleViolationException.class);
		order.markReturned(new BigDecimal("40.28"), null, "agent", NOW);
		assertThat(order.details(PROMISED).refundAmount()).isEqualByComparingTo("40.28");
		assertThat(order.getStatus()).isEqualTo(OrderStatus.RETURNED);
	}

	@Test
	void anOrderIsDelayedPastItsPromisedDateOrOnceADelayIsDeclared() {
		Order order = order();
		assertThat(order.isDelayed(PROMISED)).isFalse();
		assertThat(order.isDelayed(PROMISED.plusDays(1))).isTrue();

		Order redated = order();
		assertThatThrownBy(() -> redated.declareDelay(PROMISED.minusDays(1), "earlier?", "agent", NOW))
			.isInstanceOf(RuleViolationException.class);
		redated.declareDelay(PROMISED.plusDays(7), "Supplier late; told by phone", "agent", NOW);
		assertThat(redated.isDelayed(PROMISED)).isTrue();
		assertThat(redated.details(PROMISED).promisedDeliveryDate()).isEqualTo(PROMISED.plusDays(7));
		assertThat(redated.details(PROMISED).originalDeliveryDate()).isEqualTo(PROMISED);
	}

}
