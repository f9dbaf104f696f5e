package io.servicedesk.inquiry.web;

import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import io.servicedesk.casework.CaseChannel;
import io.servicedesk.casework.CaseEntryView;
import io.servicedesk.casework.CasePresence;
import io.servicedesk.casework.QueueFilter;
import io.servicedesk.casework.QueuePage;
import io.servicedesk.casework.QueueRow;
import io.servicedesk.casework.QueueView;
import io.servicedesk.casework.Viewer;
import io.servicedesk.casework.Visibility;
import io.servicedesk.casework.web.CasePageSteps;
import io.servicedesk.casework.web.CasePages;
import io.servicedesk.casework.web.CaseStep;
import io.servicedesk.client.ClientService;
import io.servicedesk.client.Salutations;
import io.servicedesk.catalogue.CannedResponses;
import io.servicedesk.catalogue.CategoryCatalogue;
import io.servicedesk.catalogue.CategoryKind;
import io.servicedesk.catalogue.CategoryView;
import io.servicedesk.catalogue.Placeholders;
import io.servicedesk.inquiry.EscalationChoices;
import io.servicedesk.inquiry.InquiryDetails;
import io.servicedesk.inquiry.InquiryMerge;
import io.servicedesk.inquiry.InquiryService;
import io.servicedesk.inquiry.InquiryStatus;
import io.servicedesk.shared.PageReads;
import io.servicedesk.shared.IllegalTransitionException;
import io.servicedesk.shared.Priority;
import io.servicedesk.staff.StaffService;
import io.servicedesk.staff.SupportedLanguage;
import io.servicedesk.staff.TeamDirectory;
import io.servicedesk.workspace.ClientView;
import io.servicedesk.workspace.ClientWorkspace;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The inquiry page {@code /inquiries/{ref}}: header with the SLA countdowns, the client's
 * card, the timeline with the composer, and the actions. A refused action (a stale
 * version above all) shows the page again with the reason and everything the user typed.
 */
@Controller
class InquiryPageController {

	private final InquiryService inquiries;

	private final InquiryMerge merges;

	private final ClientWorkspace workspace;

	private final CannedResponses cannedResponses;

	private final CategoryCatalogue categories;

	private final StaffService staff;

	private final TeamDirectory teams;

	private final CasePresence presence;

	private final CasePages<InquiryDetails> pages;

	private final EscalationChoices escalation;

	private final ClientService clients;

	private final Salutations salutations;

	InquiryPageController(InquiryService inquiries, InquiryMerge merges, ClientWorkspace workspace,
			CannedResponses cannedResponses, CategoryCatalogue categories, StaffService staff, TeamDirectory teams,
			CasePresence presence, CasePageSteps steps, EscalationChoices escalation, ClientService clients,
			Salutations salutations, PageReads reads) {
		this.inquiries = inquiries;
		this.merges = merges;
		this.clients = clients;
		this.salutations = salutations;
		this.workspace = workspace;
		this.cannedResponses = cannedResponses;
		this.categories = categories;
		this.staff = staff;
		this.teams = teams;
		this.presence = presence;
		this.pages = steps.register(new CasePages<>(steps, reads, "/inquiries/", inquiries, InquiryDetails::reference,
				InquiryDetails::updatedByName, InquiryDetails::updatedAt, this::page, new CasePages.Composer(
						Visibility.INTERNAL::equals, "note", "inquiry.note.added", "reply", "inquiry.assigned")));
		this.escalation = escalation;
	}

	@GetMapping("/inquiries/{reference}")
	String show(@PathVariable String reference, Principal principal, Model model, Locale locale) {
		return pages.show(reference, principal, model, locale);
	}

	/**
	 * The next inquiry of the viewer's queue after this one (mine first, then the team's
	 * unassigned ones).
	 */
	@GetMapping("/inquiries/{reference}/next")
	String next(@PathVariable String reference, Principal principal) {
		Viewer viewer = inquiries.viewer(principal.getName());
		for (QueueView view : new QueueView[] { QueueView.MINE, QueueView.UNASSIGNED }) {
			QueuePage page = inquiries.queue(viewer, QueueFilter.of(view), 2, null);
			for (QueueRow row : page.items()) {
				if (!row.reference().equalsIgnoreCase(reference)) {
					return "redirect:/inquiries/" + row.reference();
				}
			}
		}
		return "redirect:/inquiries";
	}

	@PostMapping("/inquiries/{reference}/answer")
	String answer(@PathVariable String reference, @RequestParam(required = false) String body,
			@RequestParam(required = false) CaseChannel channel, @RequestParam(required = false) Long version,
			CaseStep request) {
		return pages.act(reference, request, Map.of("answer", CasePageSteps.typed(body)), "inquiry.answer.recorded",
				viewer -> inquiries.recordClientAnswer(reference, viewer, body, channel, version));
	}

	@PostMapping("/inquiries/{reference}/status")
	String status(@PathVariable String reference, @RequestParam(required = false) InquiryStatus status,
			@RequestParam(required = false) String resolution, @RequestParam(required = false) Long version,
			CaseStep request) {
		return pages.act(reference, request, Map.of("resolution", CasePageSteps.typed(resolution)),
				"inquiry.status.changed", viewer -> {
					if (status == null) {
						throw new IllegalTransitionException("inquiry.status.missing", reference);
					}
					return inquiries.changeStatus(reference, viewer, status, resolution, version);
				});
	}

	/**
	 * Merges this inquiry into another open inquiry of the same client, picked from the
	 * list ({@code target}) or typed ({@code typed}, which wins); the survivor's page
	 * follows.
	 */
	@PostMapping("/inquiries/{reference}/merge")
	String merge(@PathVariable String reference, @RequestParam(required = false) String target,
			@RequestParam(required = false) String typed, @RequestParam(required = false) Long version,
			CaseStep request) {
		String survivor = typed != null && !typed.isBlank() ? typed : target;
		return pages.act(reference, request, Map.of(), "inquiry.merged",
				viewer -> merges.merge(reference, survivor, viewer, version));
	}

	@PostMapping("/inquiries/{reference}/priority")
	String priority(@PathVariable String reference, @RequestParam(required = false) Priority priority,
			@RequestParam(required = false) Long version, CaseStep request) {
		return pages.act(reference, request, Map.of(), "inquiry.priority.changed", viewer -> {
			if (priority == null) {
				throw new IllegalTransitionException("inquiry.priority.missing", reference);
			}
			return inquiries.changePriority(reference, viewer, priority, version);
		});
	}

	/**
	 * Polled by the page every few seconds: records the viewer's presence, answers who
	 * else is here.
	 */
	@HxRequest
	@PostMapping("/inquiries/{reference}/presence")
	String presence(@PathVariable String reference, Principal principal, Model model) {
		Viewer viewer = inquiries.viewer(principal.getName());
		InquiryDetails inquiry = inquiries.get(reference, viewer);
		model.addAttribute("inquiry", inquiry);
		model.addAttribute("others", presence.here(inquiry.id(), viewer));
		return "inquiries/detail :: presence";
	}

	/**
	 * The reply text with a canned response appended, its placeholders filled for this
	 * inquiry.
	 */
	@HxRequest
	@GetMapping("/inquiries/{reference}/canned")
	String canned(@PathVariable String reference, @RequestParam(required = false) Long cannedId,
			@RequestParam(name = "body", required = false) String body, Principal principal, Model model) {
		Viewer viewer = inquiries.viewer(principal.getName());
		InquiryDetails inquiry = inquiries.get(reference, viewer);
		String current = body == null ? "" : body;
		if (cannedId != null) {
			String salutation = clients.find(inquiry.client().number())
				.map(salutations::of)
				.orElse(inquiry.client().displayName());
			String filled = cannedResponses.fill(cannedId,
					Map.of(Placeholders.CLIENT_NAME, inquiry.client().displayName(), Placeholders.CLIENT_SALUTATION,
							salutation, Placeholders.CASE_REFERENCE, inquiry.reference(), Placeholders.AGENT_NAME,
							viewer.displayName()));
			current = current.isBlank() ? filled : current.stripTrailing() + "\n\n" + filled;
		}
		model.addAttribute("replyText", current);
		return "inquiries/detail :: reply-text";
	}

	private String page(InquiryDetails inquiry, Viewer viewer, Model model, Locale locale, Map<String, String> drafts) {
		ClientView client = workspace.card(inquiry.client().number(), viewer.username());
		SupportedLanguage language = InquiryListController.language(locale);
		Map<String, String> categoryNames = categories.all(CategoryKind.INQUIRY)
			.stream()
			.collect(Collectors.toMap(CategoryView::code, category -> category.name(language)));
		model.addAttribute("inquiry", inquiry);
		model.addAttribute("client", client);
		model.addAttribute("otherCases",
				client.openCases().stream().filter(other -> !other.reference().equals(inquiry.reference())).toList());
		model.addAttribute("mergeTargets",
				client.openCases()
					.stream()
					.filter(other -> "INQUIRY".equals(other.kind()) && other.restrictedTeam() == null
							&& !other.reference().equals(inquiry.reference()))
					.toList());
		List<CaseEntryView> entries = inquiries.timeline(inquiry);
		model.addAttribute("entries", entries);
		model.addAttribute("mergedFrom",
				entries.stream()
					.map(CaseEntryView::detail)
					.filter(detail -> detail != null && detail.startsWith(InquiryMerge.MERGED_FROM))
					.map(detail -> detail.substring(InquiryMerge.MERGED_FROM.length()))
					.distinct()
					.toList());
		model.addAttribute("cannedResponses", cannedResponses.active(client.client().preferredLanguage()));
		model.addAttribute("categoryNames", categoryNames);
		model.addAttribute("teams", teams.activeTeamNames());
		model.addAttribute("staff", staff.activeStaff());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("channels", CaseChannel.values());
		model.addAttribute("severities", escalation.severities());
		model.addAttribute("others", presence.others(inquiry.id(), viewer));
		model.addAttribute("viewer", viewer);
		Map<String, String> allDrafts = new HashMap<>(drafts);
		model.addAttribute("drafts", allDrafts);
		return "inquiries/detail";
	}

}
