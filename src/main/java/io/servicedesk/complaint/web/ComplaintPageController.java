package io.servicedesk.complaint.web;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.servicedesk.casework.Viewer;
import io.servicedesk.casework.Visibility;
import io.servicedesk.casework.web.CasePageSteps;
import io.servicedesk.casework.web.CasePages;
import io.servicedesk.casework.web.CaseStep;
import io.servicedesk.casework.web.ReplyRoutes;
import io.servicedesk.client.ClientService;
import io.servicedesk.catalogue.CategoryCatalogue;
import io.servicedesk.catalogue.CategoryKind;
import io.servicedesk.catalogue.CategoryView;
import io.servicedesk.complaint.ComplaintDetails;
import io.servicedesk.complaint.ComplaintService;
import io.servicedesk.complaint.Outcome;
import io.servicedesk.complaint.ProposedResolution;
import io.servicedesk.complaint.Remedy;
import io.servicedesk.complaint.ReviewDecision;
import io.servicedesk.complaint.Severity;
import io.servicedesk.shared.PageReads;
import io.servicedesk.shared.ContentTooLargeException;
import io.servicedesk.shared.Money;
import io.servicedesk.shared.DomainException;
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.shared.StaffTimeZone;
import io.servicedesk.staff.SupportedLanguage;
import io.servicedesk.staff.TeamDirectory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The complaint page {@code /complaints/{ref}}: the header with the SLA countdowns, the
 * steps that are legal now (each a form posting to its own address, Post/Redirect/Get
 * with a flash message), the proposed resolution, the timeline and the conversation of
 * the inquiry it was escalated from. A refused step shows the page again with the reason
 * (409 or 422) and what the user typed. The escalation of an inquiry is posted here too.
 */
@Controller
class ComplaintPageController {

	private static final int REASON_LIMIT = 2000;

	private final ComplaintService complaints;

	private final CategoryCatalogue categories;

	private final TeamDirectory teams;

	private final CasePages<ComplaintDetails> pages;

	private final ClientService clients;

	private final StaffTimeZone times;

	private final Clock clock;

	ComplaintPageController(ComplaintService complaints, CategoryCatalogue categories, TeamDirectory teams,
			CasePageSteps steps, ClientService clients, StaffTimeZone times, Clock clock, PageReads reads) {
		this.clients = clients;
		this.times = times;
		this.clock = clock;
		this.complaints = complaints;
		this.categories = categories;
		this.teams = teams;
		this.pages = steps.register(new CasePages<>(steps, reads, "/complaints/", complaints,
				ComplaintDetails::reference, this::changedByName, ComplaintDetails::updatedAt, this::page,
				new CasePages.Composer(visibility -> visibility != Visibility.PUBLIC, "message",
						"complaint.flash.message", "message", "complaint.flash.assigned")));
	}

	/** Who changed the complaint last, by name as the inquiry page says it. */
	private String changedByName(ComplaintDetails complaint) {
		String username = complaint.updatedBy();
		return username == null ? null
				: teams.displayNames(java.util.List.of(username)).getOrDefault(username, username);
	}

	@GetMapping("/complaints/{reference}")
	String show(@PathVariable String reference, Principal principal, Model model, Locale locale) {
		return pages.show(reference, principal, model, locale);
	}

	@PostMapping("/inquiries/{reference}/escalate")
	String escalate(@PathVariable String reference, @RequestParam(required = false) String reason,
			@RequestParam(required = false) Severity severity, @RequestParam(required = false) BigDecimal amountClaimed,
			@RequestParam(required = false) String currency, Principal principal, RedirectAttributes redirect) {
		Viewer viewer = complaints.viewer(principal.getName());
		try {
			if (reason != null && reason.length() > REASON_LIMIT) {
				throw new ContentTooLargeException("case.text.too-long", REASON_LIMIT, reason.length());
			}
			if (amountClaimed != null
					&& (currency == null || !ComplaintRequests.isCurrency(currency) || amountClaimed.scale() > 2)) {
				throw new RuleViolationException("complaint.currency.required");
			}
			ComplaintDetails complaint = complaints.escalateInquiry(reference, viewer, reason, severity,
					ComplaintRequests.money(amountClaimed, currency));
			redirect.addFlashAttribute("flashSuccess", "complaint.flash.escalated");
			redirect.addFlashAttribute("flashArgument", complaint.reference());
			return "redirect:/complaints/" + complaint.reference();
		}
		catch (DomainException refused) {
			Object[] arguments = refused.getArguments();
			boolean tooLong = refused instanceof ContentTooLargeException;
			redirect.addFlashAttribute("flashError", refused.getMessageKey());
			redirect.addFlashAttribute("flashArgument", tooLong ? String.valueOf(REASON_LIMIT) : reference);
			if (arguments != null && arguments.length > 1 && arguments[1] != null) {
				redirect.addFlashAttribute("flashSecond", String.valueOf(arguments[1]));
			}
			HashMap<String, String> typed = new HashMap<>();
			typed.put("reason", CasePageSteps.typed(reason));
			typed.put("severity", severity == null ? "" : severity.name());
			typed.put("amountClaimed", amountClaimed == null ? "" : amountClaimed.toPlainString());
			typed.put("currency", CasePageSteps.typed(currency));
			redirect.addFlashAttribute("escalationDraft", typed);
			return "redirect:/inquiries/" + reference;
		}
	}

	@PostMapping("/complaints/{reference}/acknowledge")
	String acknowledge(@PathVariable String reference, @RequestParam(required = false) String message,
			@RequestParam(required = false) String via, @RequestParam(required = false) String to,
			@RequestParam(required = false) Long version, CaseStep request) {
		Map<String, String> drafts = Map.of("acknowledgement", CasePageSteps.typed(message), "via",
				CasePageSteps.typed(via), "to", CasePageSteps.typed(to));
		return pages.reply(reference, request, drafts, "complaint.acknowledged", "complaint.acknowledged.emailed",
				viewer -> {
					if (message == null || message.isBlank()) {
						throw new RuleViolationException("case.message.required");
					}
					return complaints.acknowledge(reference, viewer, message, ReplyRoutes.parse(via, to), version);
				});
	}

	@PostMapping("/complaints/{reference}/investigate")
	String investigate(@PathVariable String reference, @RequestParam(required = false) Long version, CaseStep request) {
		return pages.act(reference, request, Map.of(), "complaint.flash.step",
				viewer -> complaints.investigate(reference, viewer, version));
	}

	@PostMapping("/complaints/{reference}/forward")
	String forward(@PathVariable String reference, @RequestParam(required = false) String team,
			@RequestParam(required = false) String question, @RequestParam(required = false) LocalDate answerDue,
			@RequestParam(required = false) Long version, CaseStep request) {
		return pages.act(reference, request,
				Map.of("question", CasePageSteps.typed(question), "team", CasePageSteps.typed(team), "answerDue",
						answerDue == null ? "" : answerDue.toString()),
				"complaint.flash.forwarded", viewer -> complaints.forward(reference, viewer, team, question,
						answerDue == null ? null : times.endOf(answerDue), version));
	}

	@PostMapping("/complaints/{reference}/findings")
	String finding(@PathVariable String reference, @RequestParam(required = false) String body,
			@RequestParam(required = false) Long version, CaseStep request) {
		return pages.act(reference, request, Map.of("finding", CasePageSteps.typed(body)), "complaint.flash.finding",
				viewer -> complaints.recordFinding(reference, viewer, body, version));
	}

	@PostMapping("/complaints/{reference}/propose-resolution")
	String propose(@PathVariable String reference, @RequestParam(required = false) Outcome outcome,
			@RequestParam(required = false) Remedy remedy, @RequestParam(required = false) BigDecimal amount,
			@RequestParam(required = false) String currency, @RequestParam(required = false) String rootCause,
			@RequestParam(required = false) String message, @RequestParam(required = false) Long version,
			CaseStep request) {
		Map<String, String> drafts = Map.of("proposal", CasePageSteps.typed(message), "outcome",
				outcome == null ? "" : outcome.name(), "remedy", remedy == null ? "" : remedy.name(), "amount",
				amount == null ? "" : amount.toPlainString(), "currency", CasePageSteps.typed(currency), "rootCause",
				CasePageSteps.typed(rootCause));
		return pages.act(reference, request, drafts, "complaint.flash.proposed", viewer -> {
			if (outcome == null || remedy == null) {
				throw new RuleViolationException("complaint.proposal.outcome-required");
			}
			Money money = null;
			if (amount != null) {
				if (currency == null || !ComplaintRequests.isCurrency(currency) || amount.scale() > 2) {
					throw new RuleViolationException("complaint.currency.required");
				}
				money = ComplaintRequests.money(amount, currency);
			}
			return complaints.proposeResolution(reference, viewer,
					new ProposedResolution(outcome, remedy, money, rootCause, message), version);
		});
	}

	@PostMapping("/complaints/{reference}/review")
	String review(@PathVariable String reference, @RequestParam(required = false) ReviewDecision decision,
			@RequestParam(required = false) String comment, @RequestParam(required = false) Long version,
			CaseStep request) {
		return pages.reply(reference, request, Map.of("comment", CasePageSteps.typed(comment)), "complaint.decision",
				"complaint.flash.sent-back", viewer -> complaints.decide(reference, viewer,
						decision == null ? ReviewDecision.SEND_BACK : decision, comment, version));
	}

	@PostMapping("/complaints/{reference}/close")
	String close(@PathVariable String reference, @RequestParam(required = false) Long version, CaseStep request) {
		return pages.act(reference, request, Map.of(), "complaint.flash.closed",
				viewer -> complaints.close(reference, viewer, version));
	}

	@PostMapping("/complaints/{reference}/reopen")
	String reopen(@PathVariable String reference, @RequestParam(required = false) String reason,
			@RequestParam(required = false) Long version, CaseStep request) {
		return pages.act(reference, request, Map.of("reason", CasePageSteps.typed(reason)), "complaint.flash.reopened",
				viewer -> complaints.reopen(reference, viewer, reason, version));
	}

	private String page(ComplaintDetails complaint, Viewer viewer, Model model, Locale locale,
			Map<String, String> drafts) {
		SupportedLanguage language = SupportedLanguage.fromTag(locale.getLanguage())
			.orElse(SupportedLanguage.fallback());
		Map<String, String> categoryNames = categories.all(CategoryKind.COMPLAINT)
			.stream()
			.collect(Collectors.toMap(CategoryView::code, category -> category.name(language)));
		Map<String, String> allDrafts = new HashMap<>(drafts);
		if (complaint.steps().acknowledge() && !allDrafts.containsKey("acknowledgement")) {
			allDrafts.put("acknowledgement", complaints.acknowledgementTemplate(complaint.reference(), viewer));
		}
		model.addAttribute("complaint", complaint);
		model.addAttribute("clientDetails", clients.get(complaint.client().number()));
		model.addAttribute("entries", complaints.timeline(complaint));
		model.addAttribute("inquiryEntries", complaints.inquiryTimeline(complaint));
		model.addAttribute("categoryNames", categoryNames);
		model.addAttribute("rootCauses", categories.active(CategoryKind.COMPLAINT, language));
		model.addAttribute("teams", teams.activeTeamNames());
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("remedies", Remedy.values());
		model.addAttribute("defaultCurrency",
				complaint.amountClaimed() == null ? "EUR" : complaint.amountClaimed().currency().getCurrencyCode());
		model.addAttribute("defaultAnswerDue", times.today(clock).plusDays(3));
		model.addAttribute("viewer", viewer);
		model.addAttribute("drafts", allDrafts);
		return "complaints/detail";
	}

}
