package io.servicedesk.workspace.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import io.servicedesk.account.AccountService;
import io.servicedesk.attachment.AttachmentView;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.client.ClientSummary;
import io.servicedesk.client.ContactChannel;
import io.servicedesk.client.Email;
import io.servicedesk.client.PhoneNumber;
import io.servicedesk.shared.DomainException;
import io.servicedesk.shared.IllegalTransitionException;
import io.servicedesk.shared.StaleVersionException;
import io.servicedesk.shared.PageReads;
import io.servicedesk.timeline.Direction;
import io.servicedesk.timeline.LoggedInteraction;
import io.servicedesk.timeline.TimelineService;
import io.servicedesk.workspace.ClientFiles;
import io.servicedesk.workspace.ClientView;
import io.servicedesk.workspace.ClientWorkspace;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The client's 360° page {@code /clients/{number}}: contact card, accounts, recent
 * orders, open cases and the timeline, where calls and visits are logged; plus the
 * personal-data download, the erasure and the merge into another client. A merged
 * client's page leads to the client that carries on.
 */
@Controller
class ClientWorkspaceController {

	private static final int MERGE_CANDIDATES = 8;

	private final ClientWorkspace workspace;

	private final PageReads reads;

	private final ClientService clients;

	private final AccountService accounts;

	private final TimelineService timeline;

	private final MessageSource messages;

	private final ClientFiles files;

	ClientWorkspaceController(ClientWorkspace workspace, ClientService clients, AccountService accounts,
			TimelineService timeline, MessageSource messages, ClientFiles files, PageReads reads) {
		this.reads = reads;
		this.files = files;
		this.workspace = workspace;
		this.clients = clients;
		this.accounts = accounts;
		this.timeline = timeline;
		this.messages = messages;
	}

	@GetMapping("/clients/{number}")
	String show(@PathVariable String number, Principal principal, Model model, RedirectAttributes redirect) {
		return reads.read(() -> {
			ClientView view = workspace.view(number, principal.getName());
			ClientDetails client = view.client();
			if (client.merged()) {
				redirect.addFlashAttribute("flashSuccess", "client.merged.moved");
				redirect.addFlashAttribute("flashArgument", client.number());
				redirect.addFlashAttribute("flashSecond", client.mergedInto());
				return "redirect:/clients/" + client.mergedInto();
			}
			return page(view, principal, model);
		});
	}

	private String page(String number, Principal principal, Model model) {
		return page(workspace.view(number, principal.getName()), principal, model);
	}

	private String page(ClientView view, Principal principal, Model model) {
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
		model.addAttribute("mergeCandidates", mayMerge(principal) ? mergeCandidates(view.client()) : List.of());
		return "clients/workspace";
	}

	/** Supervisors and administrators merge clients. */
	private static boolean mayMerge(Principal principal) {
		return principal instanceof Authentication authentication && authentication.getAuthorities()
			.stream()
			.anyMatch(granted -> "ROLE_SUPERVISOR".equals(granted.getAuthority())
					|| "ROLE_ADMIN".equals(granted.getAuthority()));
	}

	/**
	 * The clients this one likely duplicates (the same e-mail address or phone number,
	 * then the same name), offered as the survivor of a merge.
	 */
	private List<ClientSummary> mergeCandidates(ClientDetails client) {
		if (client.erased() || client.unconfirmed()) {
			return List.of();
		}
		Map<String, ClientSummary> found = new LinkedHashMap<>();
		clients
			.likelyDuplicates(client.email() == null ? null : new Email(client.email()),
					client.phone() == null ? null : new PhoneNumber(client.phone()), client.number())
			.forEach(candidate -> found.put(candidate.number(), candidate));
		clients.search(client.name(), List.of(), MERGE_CANDIDATES, null)
			.items()
			.stream()
			.filter(candidate -> !candidate.number().equals(client.number()))
			.forEach(candidate -> found.putIfAbsent(candidate.number(), candidate));
		return found.values().stream().limit(MERGE_CANDIDATES).toList();
	}

	/**
	 * Supervisors and administrators merge this client into another one (typed as its
	 * number or e-mail address, or picked from the likely duplicates), which carries on
	 * with everything of both; the page of the survivor follows. A refusal shows this
	 * page again with the reason: 409 for a merge the clients' states forbid or a stale
	 * version, 422 for a survivor that cannot be found.
	 */
	@PostMapping("/clients/{number}/merge")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String merge(@PathVariable String number, @RequestParam(required = false) String target,
			@RequestParam(required = false) Long version, Principal principal, Model model, RedirectAttributes redirect,
			Locale locale, HttpServletResponse response) {
		ClientDetails merged = clients.get(number);
		Optional<ClientDetails> survivor = target == null || target.isBlank() ? Optional.empty()
				: clients.find(target.strip()).or(() -> clients.findByEmail(target.strip()));
		if (survivor.isEmpty()) {
			return refusedMerge(
					merged, HttpStatus.UNPROCESSABLE_CONTENT, messages.getMessage("client.merge.unknown",
							new Object[] { target == null ? "" : target.strip() }, locale),
					target, principal, model, response);
		}
		try {
			ClientDetails kept = clients.merge(merged.number(), survivor.get().number(), version, principal.getName());
			redirect.addFlashAttribute("flashSuccess", "client.merged");
			redirect.addFlashAttribute("flashArgument", merged.number());
			redirect.addFlashAttribute("flashSecond", kept.number());
			return "redirect:/clients/" + kept.number();
		}
		catch (StaleVersionException | OptimisticLockingFailureException stale) {
			return refusedMerge(merged, HttpStatus.CONFLICT,
					messages.getMessage("client.merge.stale", new Object[] { merged.number() }, locale), target,
					principal, model, response);
		}
		catch (DomainException refused) {
			return refusedMerge(merged,
					refused instanceof IllegalTransitionException ? HttpStatus.CONFLICT
							: HttpStatus.UNPROCESSABLE_CONTENT,
					messages.getMessage(refused.getMessageKey(), refused.getArguments(), refused.getMessageKey(),
							locale),
					target, principal, model, response);
		}
	}

	private String refusedMerge(ClientDetails merged, HttpStatus status, String reason, String target,
			Principal principal, Model model, HttpServletResponse response) {
		response.setStatus(status.value());
		model.addAttribute("mergeRefusal", reason);
		model.addAttribute("mergeTarget", target == null ? "" : target);
		return page(merged.number(), principal, model);
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
