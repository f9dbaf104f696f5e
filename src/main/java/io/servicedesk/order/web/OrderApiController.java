package io.servicedesk.order.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.servicedesk.client.ClientService;
import io.servicedesk.client.ContactChannel;
import io.servicedesk.order.OrderDetails;
import io.servicedesk.order.OrderFilter;
import io.servicedesk.order.OrderPage;
import io.servicedesk.order.OrderService;
import io.servicedesk.order.OrderStatus;

import org.springframework.core.MethodParameter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Orders in the API: take one, list and read them, move them on ({@code POST
 * /orders/{number}/status}, which also records a re-dating together with how the client
 * was informed).
 */
@RestController
@RequestMapping("/api/v1/orders")
class OrderApiController {

	private final OrderService orders;

	private final ClientService clients;

	OrderApiController(OrderService orders, ClientService clients) {
		this.orders = orders;
		this.clients = clients;
	}

	@InitBinder("orderForm")
	void validators(WebDataBinder binder) {
		binder.addValidators(new OrderFormValidator());
	}

	@PostMapping
	ResponseEntity<OrderResource> place(@Valid @RequestBody OrderForm orderForm, Principal principal) {
		OrderDetails order = orders.place(orderForm.toNewOrder(), principal.getName());
		return ResponseEntity.created(URI.create("/api/v1/orders/" + order.number())).body(resource(order));
	}

	@GetMapping
	OrderPage list(@RequestParam(required = false) OrderStatus status,
			@RequestParam(required = false) ContactChannel channel, @RequestParam(required = false) Boolean delayed,
			@RequestParam(required = false) String client,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "25") int limit, @RequestParam(required = false) String after) {
		return orders.list(new OrderFilter(status, channel, delayed, client, from, to), limit, after);
	}

	@GetMapping("/{number}")
	OrderResource get(@PathVariable String number) {
		return resource(orders.get(number));
	}

	@PostMapping("/{number}/status")
	OrderResource changeStatus(@PathVariable String number, @Valid @RequestBody StatusRequest statusRequest,
			Principal principal) throws MethodArgumentNotValidException {
		OrderDetails order = orders.get(number);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(statusRequest, "statusRequest");
		boolean redating = statusRequest.promisedDeliveryDate() != null
				|| (statusRequest.status() == order.status() && statusRequest.clientInformedVia() != null);
		if (redating && statusRequest.clientInformedVia() == null) {
			errors.rejectValue("clientInformedVia", "order.delay.informed-via-required");
		}
		if (redating && (statusRequest.note() == null || statusRequest.note().isBlank())) {
			errors.rejectValue("note", "order.delay.note-required");
		}
		if (statusRequest.status() == OrderStatus.RETURNED && statusRequest.refundAmount() == null) {
			errors.rejectValue("refundAmount", "order.refund.required", new Object[] { number }, null);
		}
		if (errors.hasErrors()) {
			throw new MethodArgumentNotValidException(statusParameter(), errors);
		}
		if (redating) {
			order = orders.declareDelay(number, statusRequest.promisedDeliveryDate(), statusRequest.clientInformedVia(),
					statusRequest.note(), principal.getName());
		}
		if (statusRequest.status() == OrderStatus.RETURNED) {
			order = orders.markReturned(number, statusRequest.refundAmount(), statusRequest.note(),
					principal.getName());
		}
		else if (statusRequest.status() != order.status()) {
			order = orders.changeStatus(number, statusRequest.status(), statusRequest.note(), principal.getName());
		}
		return resource(order);
	}

	private static MethodParameter statusParameter() {
		try {
			return new MethodParameter(OrderApiController.class.getDeclaredMethod("changeStatus", String.class,
					StatusRequest.class, Principal.class), 1);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private OrderResource resource(OrderDetails order) {
		return OrderResource.of(order, clients.ref(order.clientId()).number());
	}

	@Schema(name = "OrderStatusRequest")
	record StatusRequest(@NotNull OrderStatus status, @Size(max = 2000) String note, LocalDate promisedDeliveryDate,
			ContactChannel clientInformedVia, @Digits(integer = 17, fraction = 2) BigDecimal refundAmount) {
	}

	record OrderResource(String number, String clientNumber, String accountNumber, ContactChannel channel,
			OrderStatus status, String currency, String total, String advancePaid, String refundAmount,
			LocalDate promisedDeliveryDate, LocalDate originalDeliveryDate, boolean delayed, String placedBy,
			long version, java.util.List<Line> lines, java.util.List<OrderDetails.StatusChange> history,
			java.time.Instant createdAt, java.time.Instant updatedAt) {

		static OrderResource of(OrderDetails o, String clientNumber) {
			return new OrderResource(o.number(), clientNumber, o.accountNumber(), o.channel(), o.status(), o.currency(),
					o.total().toPlainString(), o.advancePaid().toPlainString(),
					o.refundAmount() == null ? null : o.refundAmount().toPlainString(), o.promisedDeliveryDate(),
					o.originalDeliveryDate(), o.delayed(), o.placedBy(), o.version(),
					o.lines()
						.stream()
						.map(l -> new Line(l.sku(), l.description(), l.quantity(), l.unitPrice().toPlainString(),
								l.lineTotal().toPlainString()))
						.toList(),
					o.history(), o.createdAt(), o.updatedAt());
		}

	}

	record Line(String sku, String description, int quantity, String unitPrice, String lineTotal) {
	}

}
