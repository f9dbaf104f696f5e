package io.servicedesk.order.web;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import io.servicedesk.account.AccountService;
import io.servicedesk.account.AccountStatus;
import io.servicedesk.account.AccountSummary;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.client.ContactChannel;
import io.servicedesk.order.OrderDetails;
import io.servicedesk.order.OrderService;
import io.servicedesk.order.OrderStatus;
import io.servicedesk.shared.DomainException;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Taking an order while the client is on the line (lines added and removed with htmx,
 * totals kept up to date), and the order page with its status steps and delay notices.
 */
@Controller
class OrderPageController {

	static final int MAX_LINES = 50;

	private final OrderService orders;

	private final ClientService clients;

	private final AccountService accounts;

	private final MessageSource messages;

	OrderPageController(OrderService orders, ClientService clients, AccountService accounts, MessageSource messages) {
		this.orders = orders;
		this.clients = clients;
		this.accounts = accounts;
		this.messages = messages;
	}

	@InitBinder("orderForm")
	void validators(WebDataBinder binder) {
		binder.addValidators(new OrderFormValidator());
		binder.setAutoGrowCollectionLimit(MAX_LINES);
	}

	@GetMapping("/orders/new")
	String newOrder(@RequestParam(name = "client", required = false) String clientNumber, Model model) {
		OrderForm form = new OrderForm();
		form.setClientNumber(clientNumber);
		model.addAttribute("orderForm", form);
		return form(form, model);
	}

	@HxRequest
	@PostMapping("/orders")
	String editLines(@ModelAttribute("orderForm") OrderForm form, BindingResult ignoredWhileTyping,
			@RequestParam(name = "action", defaultValue = "") String action, Model model) {
		if (action.equals("add") && form.getLines().size() < MAX_LINES) {
			form.getLines().add(new OrderForm.LineForm());
		}
		else if (action.startsWith("remove:") && form.getLines().size() > 1) {
			int index = Integer.parseInt(action.substring("remove:".length()));
			if (index >= 0 && index < form.getLines().size()) {
				form.getLines().remove(index);
			}
		}
		model.addAttribute("orderForm", form);
		return "orders/form :: lines";
	}

	@PostMapping("/orders")
	String place(@Valid @ModelAttribute("orderForm") OrderForm form, BindingResult result, Model model,
			Principal principal, RedirectAttributes redirect, Locale locale) {
		if (result.hasErrors()) {
			return form(form, model);
		}
		try {
			OrderDetails order = orders.place(form.toNewOrder(), principal.getName());
			redirect.addFlashAttribute("flashSuccess", "order.placed");
			redirect.addFlashAttribute("flashArgument", order.number());
			return "redirect:/orders/" + order.number();
		}
		catch (DomainException refused) {
			model.addAttribute("refusal", translate(refused, locale));
			return form(form, model);
		}
	}

	@GetMapping("/orders/{number}")
	String show(@PathVariable String number, Model model) {
		OrderDetails order = orders.get(number);
		model.addAttribute("order", order);
		model.addAttribute("client", clients.ref(order.clientId()));
		model.addAttribute("steps",
				order.status()
					.next()
					.stream()
					.filter(step -> step != OrderStatus.CANCELLED && step != OrderStatus.RETURNED)
					.toList());
		model.addAttribute("canCancel", order.status().next().contains(OrderStatus.CANCELLED));
		model.addAttribute("canReturn", order.status().next().contains(OrderStatus.RETURNED));
		model.addAttribute("channels", ContactChannel.values());
		return "orders/detail";
	}

	@PostMapping("/orders/{number}/status")
	String changeStatus(@PathVariable String number, @RequestParam OrderStatus status,
			@RequestParam(required = false) String note, @RequestParam(required = false) BigDecimal refundAmount,
			Principal principal, RedirectAttributes redirect, Locale locale) {
		return step(number, redirect, locale, "order.status-changed", () -> {
			if (status == OrderStatus.RETURNED) {
				if (refundAmount == null) {
					throw new io.servicedesk.shared.RuleViolationException("order.refund.required", number);
				}
				return orders.markReturned(number, refundAmount, note, principal.getName());
			}
			return orders.changeStatus(number, status, note, principal.getName());
		});
	}

	@PostMapping("/orders/{number}/delay")
	String declareDelay(@PathVariable String number,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate promisedDeliveryDate,
			@RequestParam(required = false) ContactChannel clientInformedVia,
			@RequestParam(required = false) String note, Principal principal, RedirectAttributes redirect,
			Locale locale) {
		return step(number, redirect, locale, "order.delay-recorded",
				() -> orders.declareDelay(number, promisedDeliveryDate, clientInformedVia, note, principal.getName()));
	}

	private String step(String number, RedirectAttributes redirect, Locale locale, String success,
			Supplier<OrderDetails> action) {
		String page = "redirect:/orders/" + orders.get(number).number();
		try {
			OrderDetails order = action.get();
			redirect.addFlashAttribute("flashSuccess", success);
			redirect.addFlashAttribute("flashArgument", order.number());
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("flashError", "refusal.message");
			redirect.addFlashAttribute("flashArgument", translate(refused, locale));
		}
		return page;
	}

	private String form(OrderForm form, Model model) {
		model.addAttribute("channels", ContactChannel.values());
		ClientDetails client = form.getClientNumber() == null ? null
				: clients.find(form.getClientNumber()).orElse(null);
		model.addAttribute("client", client);
		List<AccountSummary> open = client == null ? List.of()
				: accounts.forClient(client.id())
					.stream()
					.filter(account -> account.status() == AccountStatus.ACTIVE)
					.toList();
		model.addAttribute("accounts", open);
		return "orders/form";
	}

	private String translate(DomainException exception, Locale locale) {
		return messages.getMessage(exception.getMessageKey(), exception.getArguments(), exception.getMessageKey(),
				locale);
	}

}
