package io.servicedesk.order.web;

import java.time.LocalDate;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import io.servicedesk.client.ContactChannel;
import io.servicedesk.order.OrderFilter;
import io.servicedesk.order.OrderService;
import io.servicedesk.order.OrderStatus;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /orders}: filtered by status, channel, delay, client and promised date, sorted
 * by promised date; the htmx variant returns only the result table.
 */
@Controller
class OrderListController {

	static final int PAGE_SIZE = 25;

	private final OrderService orders;

	OrderListController(OrderService orders) {
		this.orders = orders;
	}

	@GetMapping("/orders")
	String list(@RequestParam(required = false) OrderStatus status,
			@RequestParam(required = false) ContactChannel channel, @RequestParam(required = false) Boolean delayed,
			@RequestParam(required = false) String client,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String after, Model model) {
		fill(new OrderFilter(status, channel, delayed, client, from, to), after, model);
		return "orders/list";
	}

	@HxRequest
	@GetMapping("/orders")
	String rows(@RequestParam(required = false) OrderStatus status,
			@RequestParam(required = false) ContactChannel channel, @RequestParam(required = false) Boolean delayed,
			@RequestParam(required = false) String client,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String after, Model model) {
		fill(new OrderFilter(status, channel, delayed, client, from, to), after, model);
		return "orders/list :: results";
	}

	private void fill(OrderFilter filter, String after, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("page", orders.list(filter, PAGE_SIZE, after));
		model.addAttribute("statuses", OrderStatus.values());
		model.addAttribute("channels", ContactChannel.values());
	}

}
