package io.servicedesk.account.web;

import java.security.Principal;
import java.util.function.Supplier;

import io.servicedesk.account.AccountDetails;
import io.servicedesk.account.AccountService;
import io.servicedesk.client.ClientService;
import io.servicedesk.shared.DomainException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The account page {@code /accounts/{number}}: its checklist and its lifecycle buttons.
 * Refusals come back as a translated message on the same page.
 */
@Controller
class AccountPageController {

	private final AccountService accounts;

	private final ClientService clients;

	AccountPageController(AccountService accounts, ClientService clients) {
		this.accounts = accounts;
		this.clients = clients;
	}

	@GetMapping("/accounts/{number}")
	String show(@PathVariable String number, Model model) {
		AccountDetails account = accounts.get(number);
		model.addAttribute("account", account);
		model.addAttribute("client", clients.ref(account.clientId()));
		return "accounts/detail";
	}

	@PostMapping("/clients/{clientNumber}/accounts")
	String open(@PathVariable String clientNumber, @RequestParam(defaultValue = "") String type,
			@RequestParam(defaultValue = "") String currency, Principal principal, RedirectAttributes redirect) {
		clients.require(clientNumber);
		try {
			AccountDetails account = accounts.open(clientNumber, type, currency, principal.getName());
			redirect.addFlashAttribute("flashSuccess", "account.opened");
			redirect.addFlashAttribute("flashArgument", account.number());
			return "redirect:/accounts/" + account.number();
		}
		catch (DomainException refused) {
			return refuse(redirect, refused, "redirect:/clients/" + clientNumber);
		}
	}

	@PostMapping("/accounts/{number}/checklist")
	String tick(@PathVariable String number, @RequestParam String item,
			@RequestParam(defaultValue = "false") boolean done, Principal principal, RedirectAttributes redirect) {
		return step(number, redirect, done ? "account.item-ticked" : "account.item-unticked",
				() -> accounts.tick(number, item, done, principal.getName()));
	}

	@PostMapping("/accounts/{number}/activate")
	String activate(@PathVariable String number, Principal principal, RedirectAttributes redirect) {
		return step(number, redirect, "account.activated", () -> accounts.activate(number, principal.getName()));
	}

	@PostMapping("/accounts/{number}/suspend")
	String suspend(@PathVariable String number, @RequestParam(defaultValue = "") String reason, Principal principal,
			RedirectAttributes redirect) {
		return step(number, redirect, "account.suspended", () -> accounts.suspend(number, reason, principal.getName()));
	}

	@PostMapping("/accounts/{number}/reactivate")
	String reactivate(@PathVariable String number, Principal principal, RedirectAttributes redirect) {
		return step(number, redirect, "account.reactivated", () -> accounts.reactivate(number, principal.getName()));
	}

	@PostMapping("/accounts/{number}/close")
	String close(@PathVariable String number, @RequestParam(defaultValue = "") String reason, Principal principal,
			RedirectAttributes redirect) {
		return step(number, redirect, "account.closed", () -> accounts.close(number, reason, principal.getName()));
	}

	private String step(String number, RedirectAttributes redirect, String success, Supplier<AccountDetails> action) {
		String page = "redirect:/accounts/" + accounts.get(number).number();
		try {
			AccountDetails account = action.get();
			redirect.addFlashAttribute("flashSuccess", success);
			redirect.addFlashAttribute("flashArgument", account.number());
			return page;
		}
		catch (DomainException refused) {
			return refuse(redirect, refused, page);
		}
	}

	private static String refuse(RedirectAttributes redirect, DomainException refused, String page) {
		redirect.addFlashAttribute("flashError", refused.getMessageKey());
		Object[] arguments = refused.getArguments();
		if (arguments.length > 0) {
			redirect.addFlashAttribute("flashArgument", arguments[0]);
		}
		return page;
	}

}
