package io.servicedesk.document.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import io.servicedesk.account.AccountDetails;
import io.servicedesk.account.AccountService;
import io.servicedesk.client.ClientRef;
import io.servicedesk.client.ClientService;
import io.servicedesk.document.DocumentKind;
import io.servicedesk.document.DocumentView;
import io.servicedesk.document.Documents;
import io.servicedesk.document.StatementPeriod;
import io.servicedesk.order.OrderDetails;
import io.servicedesk.order.OrderService;
import io.servicedesk.shared.RuleViolationException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The documents lists' buttons on the complaint page and the client's 360° page: each
 * makes a new version and goes back to the list, saying what was made or why nothing
 * could be.
 */
@Controller
class DocumentPageController {

	private final Documents documents;

	private final ClientService clients;

	private final OrderService orders;

	private final AccountService accounts;

	DocumentPageController(Documents documents, ClientService clients, OrderService orders, AccountService accounts) {
		this.documents = documents;
		this.clients = clients;
		this.orders = orders;
		this.accounts = accounts;
	}

	@PostMapping("/complaints/{reference}/documents/{kind}")
	String complaintLetter(@PathVariable String reference, @PathVariable String kind, Principal principal,
			RedirectAttributes flash) {
		String back = "redirect:/complaints/" + reference.strip() + "#documents";
		DocumentKind chosen = DocumentKind.of(kind).orElse(null);
		if (chosen == null) {
			documents.ofComplaint(reference, principal.getName());
			return refused(flash, back, "document.kind.unknown", kind);
		}
		try {
			return created(flash, back, documents.forComplaint(reference, chosen, principal.getName()));
		}
		catch (RuleViolationException ex) {
			return refused(flash, back, ex);
		}
	}

	@PostMapping("/clients/{number}/documents/order")
	String orderDocument(@PathVariable String number, @RequestParam(required = false) String order,
			@RequestParam(required = false) String kind, Principal principal, RedirectAttributes flash) {
		ClientRef client = clients.require(number);
		String back = "redirect:/clients/" + client.number() + "#documents";
		DocumentKind chosen = DocumentKind.of(kind).orElse(null);
		if (chosen == null || chosen.subject() != DocumentKind.Subject.ORDER) {
			return refused(flash, back, "document.kind.unknown", kind == null ? "" : kind);
		}
		OrderDetails details = orders.get(order == null ? "" : order.strip());
		if (details.clientId() != client.id()) {
			return refused(flash, back, "document.order.not-of-client", details.number());
		}
		try {
			return created(flash, back, documents.forOrder(details.number(), chosen, principal.getName()));
		}
		catch (RuleViolationException ex) {
			return refused(flash, back, ex);
		}
	}

	@PostMapping("/clients/{number}/documents/statement")
	String statement(@PathVariable String number, @RequestParam(required = false) String account,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Principal principal, RedirectAttributes flash) {
		ClientRef client = clients.require(number);
		String back = "redirect:/clients/" + client.number() + "#documents";
		AccountDetails details = accounts.get(account == null ? "" : account.strip());
		if (details.clientId() != client.id()) {
			return refused(flash, back, "document.account.not-of-client", details.number());
		}
		List<StatementPeriod.Problem> problems = StatementPeriod.problems(from, to, documents.today());
		if (!problems.isEmpty()) {
			StatementPeriod.Problem problem = problems.get(0);
			return refused(flash, back, problem.messageKey(),
					problem.arguments().length == 0 ? "" : String.valueOf(problem.arguments()[0]));
		}
		try {
			return created(flash, back, documents.statement(details.number(), from, to, principal.getName()));
		}
		catch (RuleViolationException ex) {
			return refused(flash, back, ex);
		}
	}

	private static String created(RedirectAttributes flash, String back, DocumentView document) {
		flash.addFlashAttribute("flashSuccess", "document.created");
		flash.addFlashAttribute("flashArgument", document.filename());
		flash.addFlashAttribute("flashSecond", Integer.toString(document.version()));
		return back;
	}

	private static String refused(RedirectAttributes flash, String back, RuleViolationException ex) {
		Object[] arguments = ex.getArguments();
		return refused(flash, back, ex.getMessageKey(), arguments.length == 0 ? "" : String.valueOf(arguments[0]));
	}

	private static String refused(RedirectAttributes flash, String back, String key, String argument) {
		flash.addFlashAttribute("flashError", key);
		flash.addFlashAttribute("flashArgument", argument);
		return back;
	}

}
