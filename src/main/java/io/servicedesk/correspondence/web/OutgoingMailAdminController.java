package io.servicedesk.correspondence.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import io.servicedesk.client.ClientRef;
import io.servicedesk.client.ClientService;
import io.servicedesk.correspondence.Correspondence;
import io.servicedesk.correspondence.DeliveryState;
import io.servicedesk.correspondence.MailKind;
import io.servicedesk.correspondence.OutgoingMessageFilter;
import io.servicedesk.correspondence.OutgoingMessageView;
import io.servicedesk.shared.DomainException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administration's outgoing mail: every message for a client, newest first, by state,
 * kind and client; one message with what was sent and how its delivery went; a failed or
 * bounced message sent again, a waiting or failed one cancelled (both audited).
 */
@Controller
@RequestMapping("/admin/outgoing-mail")
class OutgoingMailAdminController {

	private final Correspondence correspondence;

	private final ClientService clients;

	OutgoingMailAdminController(Correspondence correspondence, ClientService clients) {
		this.correspondence = correspondence;
		this.clients = clients;
	}

	@GetMapping
	String list(@RequestParam(required = false) DeliveryState state, @RequestParam(required = false) MailKind kind,
			@RequestParam(required = false) String client, @RequestParam(required = false) Long before, Model model) {
		addMessages(new OutgoingMessageFilter(state, kind, client), before, model);
		model.addAttribute("states", DeliveryState.values());
		model.addAttribute("kinds", MailKind.values());
		return "admin/mail/outgoing";
	}

	@GetMapping
	@HxRequest
	String rows(@RequestParam(required = false) DeliveryState state, @RequestParam(required = false) MailKind kind,
			@RequestParam(required = false) String client, @RequestParam(required = false) Long before, Model model) {
		addMessages(new OutgoingMessageFilter(state, kind, client), before, model);
		return "admin/mail/outgoing :: results";
	}

	/** Sends what is due now rather than at the worker's next run. */
	@PostMapping("/send-now")
	String sendNow(RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashSuccess", "outgoing.sent-now");
		redirect.addFlashAttribute("flashArgument", Integer.toString(correspondence.deliverNow()));
		return "redirect:/admin/outgoing-mail";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		OutgoingMessageView message = correspondence.get(id);
		model.addAttribute("message", message);
		model.addAttribute("client", clients.ref(message.clientId()));
		return "admin/mail/outgoing-message";
	}

	@PostMapping("/{id}/retry")
	String retry(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		return step(id, redirect, "outgoing.retried", () -> correspondence.retry(id, principal.getName()));
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		return step(id, redirect, "outgoing.cancelled", () -> correspondence.cancel(id, principal.getName()));
	}

	private String step(long id, RedirectAttributes redirect, String success, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flashSuccess", success);
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("flashError", refused.getMessageKey());
			Object[] arguments = refused.getArguments();
			if (arguments.length > 1) {
				redirect.addFlashAttribute("flashSecond", String.valueOf(arguments[1]));
			}
		}
		redirect.addFlashAttribute("flashArgument", Long.toString(id));
		return "redirect:/admin/outgoing-mail/" + id;
	}

	private void addMessages(OutgoingMessageFilter filter, Long before, Model model) {
		List<OutgoingMessageView> found = correspondence.search(filter, before, Correspondence.PAGE_SIZE + 1);
		List<OutgoingMessageView> messages = found.stream().limit(Correspondence.PAGE_SIZE).toList();
		Map<Long, ClientRef> clientRefs = clients.refs(messages.stream().map(OutgoingMessageView::clientId).toList());
		model.addAttribute("messages", messages);
		model.addAttribute("clients", clientRefs);
		model.addAttribute("next",
				found.size() > Correspondence.PAGE_SIZE ? messages.get(messages.size() - 1).id() : null);
		model.addAttribute("filter", filter);
		model.addAttribute("before", before);
	}

}
