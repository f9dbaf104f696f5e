package io.servicedesk.workspace.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import io.servicedesk.account.AccountService;
import io.servicedesk.attachment.AttachmentView;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.client.ContactChannel;
import io.servicedesk.shared.DomainException;
import io.servicedesk.timeline.Direction;
import io.servicedesk.timeline.LoggedInteraction;
import io.servicedesk.timeline.TimelineService;
import io.servicedesk.workspace.ClientFiles;
import io.servicedesk.workspace.ClientView;
import io.servicedesk.workspace.ClientWorkspace;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The client's 360° page {@code /clients/{number}}: contact card, accounts, recent
 * orders, open cases and the timeline, where calls and visits are logged; plus the
 * personal-data download and the erasure.
 */
@Controller
class ClientWorkspaceController {

	private final ClientWorkspace workspace;

	private final ClientService clients;

	private final AccountService accounts;

	private final TimelineService timeline;

	private final MessageSource messages;

	private final ClientFiles files;

	ClientWorkspaceController(ClientWorkspace workspace, ClientService clients, AccountService accounts,
			TimelineService timeline, MessageSource messages, ClientFiles files) {
		this.files = files;
		this.workspace = workspace;
		this.clients = clients;
		this.accounts = accounts;
		this.timeline = timeline;
		this.messages = messages;
	}

	@GetMapping("/clients/{number}")
	String show(@PathVariable String number, Principal principal, Model model) {
		ClientView view = workspace.view(number, principal.getName());
		model.addAttribute("view", view);
		model.addAttribute("timeline", view.timeline());
		List<AttachmentView> recordFiles = files.ofRecord(view.client().id());
		model.addAttribute("recordFiles", recordFiles);
		model.addAttribute("clientFiles", ClientFiles.addedByPeople(recordFiles));
		model.addAttribute("accountTypes", accounts.types());
		model.addAttribute("channels", ContactChannel.values());
		model.addAttribute("directions", Direction.values());
		model.addAttribute("senderCandidates",
				view.client().unconfirmed() ? clients.search(view.client().name(), List.of(), 10, null)
					.items()
					.stream()
					.filter(candidate -> !candidate.number().equals(view.client().number()))
					.toList() : List.of());
		return "clients/workspace";
	}

	/**
	 * An unconfirmed sender is the client with this number or address: their cases,
	 * timeline and mail move there, and the sender's record goes.
	 */
	@PostMapping("/clients/{number}/link")
	String linkSender(@PathVariable String number, @RequestParam(required = false) String target, Principal principal,
			RedirectAttributes redirect, Locale locale) {
		String senderNumber = clients.require(number).number();
		Optional<ClientDetails> found = target == null || target.isBlank() ? Optional.empty()
				: clients.find(target).or(() -> clients.findByEmail(target));
		if (found.isEmpty()) {
			redirect.addFlashAttribute("flashError", "client.sender.none");
			return "redirect:/clients/" + senderNumber;
		}
		try {
			ClientDetails client = clients.mergeSender(senderNumber, found.get().number(), principal.getName());
			redirect.addFlashAttribute("flashSuccess", "client.unconfirmed.linked");
			redirect.addFlashAttribute("flashArgument", senderNumber);
			redirect.addFlashAttribute("flashSecond", client.number());
			return "redirect:/clients/" + client.number();
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("flashError", "refusal.message");
			redirect.addFlashAttribute("flashArgument", messages.getMessage(refused.getMessageKey(),
					refused.getArguments(), refused.getMessageKey(), locale));
			return "redirect:/clients/" + senderNumber;
		}
	}

	@HxRequest
	@GetMapping("/clients/{number}/timeline")
	String olderEntries(@PathVariable String number, @RequestParam(required = false) String after, Principal principal,
			Model model) {
		model.addAttribute("timeline", workspace.timeline(number, after, principal.getName()));
		model.addAttribute("clientNumber", clients.require(number).number());
		return "clients/workspace :: timeline-items";
	}

	@PostMapping("/clients/{number}/interactions")
	String logInteraction(@PathVariable String number, @RequestParam(required = false) ContactChannel channel,
			@RequestParam(required = false) Direction direction, @RequestParam(required = false) String summary,
			@RequestParam(required = false) Integer durationMinutes, Principal principal, RedirectAttributes redirect,
			Locale locale) {
		String clientNumber = clients.require(number).number();
		try {
			timeline.logInteraction(clientNumber, new LoggedInteraction(channel, direction, summary, durationMinutes),
					principal.getName());
			redirect.addFlashAttribute("flashSuccess", "timeline.interaction.logged");
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("flashError", "refusal.message");
			redirect.addFlashAttribute("flashArgument", messages.getMessage(refused.getMessageKey(),
					refused.getArguments(), refused.getMessageKey(), locale));
		}
		return "redirect:/clients/" + clientNumber + "#timeline";
	}

	@GetMapping(path = "/clients/{number}/export")
	@ResponseBody
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Map<String, Object>> download(@PathVariable String number, Principal principal) {
		Map<String, Object> export = workspace.export(number, principal.getName());
		String file = clients.require(number).number() + "-personal-data.json";
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.body(export);
	}

	@PostMapping("/clients/{number}/erase")
	@PreAuthorize("hasRole('ADMIN')")
	String erase(@PathVariable String number, Principal principal, RedirectAttributes redirect, Locale locale) {
		String clientNumber = clients.require(number).number();
		try {
			clients.erase(clientNumber, principal.getName());
			redirect.addFlashAttribute("flashSuccess", "client.erased");
			redirect.addFlashAttribute("flashArgument", clientNumber);
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("flashError", "refusal.message");
			redirect.addFlashAttribute("flashArgument", messages.getMessage(refused.getMessageKey(),
					refused.getArguments(), refused.getMessageKey(), locale));
		}
		return "redirect:/clients/" + clientNumber;
	}

}
