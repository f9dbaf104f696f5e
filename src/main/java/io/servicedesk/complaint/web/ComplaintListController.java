package io.servicedesk.complaint.web;

import java.beans.PropertyEditorSupport;
import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import io.servicedesk.casework.QueueTab;
import io.servicedesk.casework.Viewer;
import io.servicedesk.casework.web.SavedViewMenu;
import io.servicedesk.catalogue.CategoryCatalogue;
import io.servicedesk.catalogue.CategoryKind;
import io.servicedesk.complaint.ComplaintCounts;
import io.servicedesk.complaint.ComplaintQueue;
import io.servicedesk.complaint.ComplaintService;
import io.servicedesk.complaint.ComplaintStatus;
import io.servicedesk.complaint.ComplaintSummary;
import io.servicedesk.complaint.ComplaintView;
import io.servicedesk.complaint.Outcome;
import io.servicedesk.complaint.Reassignment;
import io.servicedesk.complaint.Severity;
import io.servicedesk.shared.PageReads;
import io.servicedesk.shared.DomainException;
import io.servicedesk.sla.CaseKind;
import io.servicedesk.staff.StaffService;
import io.servicedesk.staff.SupportedLanguage;
import io.servicedesk.staff.TeamDirectory;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /complaints}: the supervisor's queue with its views, filters and counts, nearest
 * deadline first, 25 a page, with the supervisor's summary on top; the htmx variant
 * returns only the tabs and the list and the page pushes the address. Agents get the same
 * page with their own, their team's and forwarded complaints and neither the summary nor
 * the bulk reassignment. The full page also has the saved views of the queue.
 */
@Controller
class ComplaintListController {

	static final int PAGE_SIZE = 25;

	private final ComplaintService complaints;

	private final PageReads reads;

	private final ComplaintQueue queue;

	private final ComplaintSummary summary;

	private final CategoryCatalogue categories;

	private final TeamDirectory teams;

	private final StaffService staff;

	private final Clock clock;

	private final SavedViewMenu savedViews;

	ComplaintListController(ComplaintService complaints, ComplaintQueue queue, ComplaintSummary summary,
			CategoryCatalogue categories, TeamDirectory teams, StaffService staff, Clock clock,
			SavedViewMenu savedViews, PageReads reads) {
		this.reads = reads;
		this.complaints = complaints;
		this.queue = queue;
		this.summary = summary;
		this.categories = categories;
		this.teams = teams;
		this.staff = staff;
		this.clock = clock;
		this.savedViews = savedViews;
	}

	@InitBinder
	void binder(WebDataBinder binder) {
		editors(binder);
	}

	/** How the queue reads its parameters, here and in its saved views. */
	static void editors(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		binder.registerCustomEditor(ComplaintView.class, new PropertyEditorSupport() {
			@Override
			public void setAsText(String text) {
				setValue(text == null || text.isBlank() ? null
						: ComplaintView.valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
			}
		});
	}

	@GetMapping("/complaints")
	String list(ComplaintQueueForm form, Principal principal, Model model, Locale locale) {
		return reads.read(() -> {
			Viewer viewer = fill(form, principal, model, locale);
			savedViews.addTo(model, CaseKind.COMPLAINT, viewer, form.query(), form.self());
			if (viewer.supervisor()) {
				model.addAttribute("summary", summary.of());
			}
			return "complaints/list";
		});
	}

	@HxRequest
	@GetMapping("/complaints")
	String results(ComplaintQueueForm form, Principal principal, Model model, Locale locale) {
		return reads.read(() -> {
			fill(form, principal, model, locale);
			return "complaints/list :: results";
		});
	}

	/** The supervisor's summary as JSON for the charts. */
	@GetMapping("/complaints/summary")
	@ResponseBody
	ComplaintSummary.Figures summaryData(Principal principal) {
		Viewer viewer = complaints.viewer(principal.getName());
		if (!viewer.supervisor()) {
			throw new org.springframework.security.access.AccessDeniedException("Supervisors only");
		}
		return summary.of();
	}

	/**
	 * Bulk reassignment of the selected complaints ({@code reference:version} each), in
	 * one transaction; the result of each row is shown on the queue.
	 */
	@PostMapping("/complaints/reassign")
	String reassign(@RequestParam(name = "selected", required = false) List<String> selected,
			@RequestParam(required = false) String assignee, @RequestParam(required = false) String team,
			@RequestParam(required = false) String back, Principal principal, RedirectAttributes redirect) {
		Viewer viewer = complaints.viewer(principal.getName());
		List<Reassignment.Selected> chosen = new ArrayList<>();
		for (String one : selected == null ? List.<String>of() : selected) {
			String[] parts = one.split(":", 2);
			Long version = null;
			if (parts.length == 2) {
				try {
					version = Long.valueOf(parts[1]);
				}
				catch (NumberFormatException ignored) {
					version = -1L;
				}
			}
			chosen.add(new Reassignment.Selected(parts[0], version));
		}
		try {
			redirect.addFlashAttribute("reassignments", complaints.reassign(chosen, viewer, assignee, team));
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("flashError", refused.getMessageKey());
			redirect.addFlashAttribute("flashArgument", team == null ? assignee : team);
		}
		return "redirect:" + (back != null && back.startsWith("/complaints") ? back : "/complaints");
	}

	private Viewer fill(ComplaintQueueForm form, Principal principal, Model model, Locale locale) {
		Viewer viewer = complaints.viewer(principal.getName());
		SupportedLanguage language = SupportedLanguage.fromTag(locale.getLanguage())
			.orElse(SupportedLanguage.fallback());
		model.addAttribute("form", form);
		model.addAttribute("viewer", viewer);
		model.addAttribute("page", queue.page(viewer, form.filter(), PAGE_SIZE, form.after()));
		ComplaintCounts counts = queue.counts(viewer);
		model.addAttribute("tabs",
				Arrays.stream(ComplaintView.values())
					.map(v -> new QueueTab(v.name().toLowerCase(Locale.ROOT), ComplaintQueueForm.parameter(v),
							"complaint.view." + v, counts.shown(v), form.withView(v), v == form.view()))
					.toList());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("statuses", ComplaintStatus.values());
		model.addAttribute("teams", teams.activeTeamNames());
		model.addAttribute("staff", staff.activeStaff());
		model.addAttribute("categories", categories.active(CategoryKind.COMPLAINT, language));
		model.addAttribute("language", language);
		model.addAttribute("now", clock.instant());
		return viewer;
	}

}
