package io.servicedesk.web;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import io.servicedesk.account.AccountService;
import io.servicedesk.casework.CaseQueues;
import io.servicedesk.client.ClientService;
import io.servicedesk.order.OrderNotFoundException;
import io.servicedesk.order.OrderService;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /search?q=}: the search field of the top bar. A case reference opens the case,
 * an order, account or client number its page; anything else (a name, an e-mail, a phone
 * number, a number that names nothing) is a client search, which also finds the client of
 * an account or order number.
 */
@Controller
class GlobalSearchController {

	private static final int LONGEST = 200;

	private static final Pattern NUMBER = Pattern.compile("^([OAC])-?0*(\\d{1,9})$", Pattern.CASE_INSENSITIVE);

	private final CaseQueues cases;

	private final OrderService orders;

	private final AccountService accounts;

	private final ClientService clients;

	GlobalSearchController(CaseQueues cases, OrderService orders, AccountService accounts, ClientService clients) {
		this.cases = cases;
		this.orders = orders;
		this.accounts = accounts;
		this.clients = clients;
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) String query) {
		String text = query == null ? "" : query.strip();
		if (text.isEmpty()) {
			return "redirect:/clients";
		}
		String searched = text.length() > LONGEST ? text.substring(0, LONGEST) : text;
		return "redirect:" + pageOf(searched).orElseGet(() -> UriComponentsBuilder.fromPath("/clients")
			.queryParam("q", searched)
			.encode()
			.build()
			.toUriString());
	}

	private Optional<String> pageOf(String text) {
		Optional<String> casePage = cases.pageOf(text);
		if (casePage.isPresent()) {
			return casePage;
		}
		var number = NUMBER.matcher(text);
		if (!number.matches()) {
			return Optional.empty();
		}
		String normalised = number.group(1).toUpperCase(Locale.ROOT)
				+ "-%06d".formatted(Long.parseLong(number.group(2)));
		return switch (normalised.charAt(0)) {
			case 'O' -> order(normalised);
			case 'A' -> accounts.find(normalised).map(account -> "/accounts/" + account.number());
			default -> clients.find(normalised).map(client -> "/clients/" + client.number());
		};
	}

	private Optional<String> order(String number) {
		try {
			return Optional.of("/orders/" + orders.get(number).number());
		}
		catch (OrderNotFoundException unknown) {
			return Optional.empty();
		}
	}

}
