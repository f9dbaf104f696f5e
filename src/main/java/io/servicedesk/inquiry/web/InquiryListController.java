package io.servicedesk.inquiry.web;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import io.servicedesk.casework.CaseChannel;
import io.servicedesk.casework.QueueCounts;
import io.servicedesk.casework.QueueFilter;
import io.servicedesk.casework.QueueParameters;
import io.servicedesk.casework.QueueSort;
import io.servicedesk.casework.QueueTab;
import io.servicedesk.casework.QueueView;
import io.servicedesk.casework.Viewer;
import io.servicedesk.casework.web.SavedViewMenu;
import io.servicedesk.catalogue.CategoryCatalogue;
import io.servicedesk.catalogue.CategoryKind;
import io.servicedesk.inquiry.InquiryService;
import io.servicedesk.inquiry.InquiryStatus;
import io.servicedesk.shared.PageReads;
import io.servicedesk.shared.Priority;
import io.servicedesk.sla.CaseKind;
import io.servicedesk.sla.SlaState;
import io.servicedesk.staff.SupportedLanguage;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * {@code /inquiries}: the queues (mine, my team, unassigned, all for supervisors) with
 * filters, sorted by the nearest SLA due time by default, 25 a page; the htmx variant
 * returns only the tabs and the list, and the page pushes the address so the back button
 * and bookmarks work. The full page also has the saved views of the queue (their counts
 * are not read again as the list changes).
 */
@Controller
class InquiryListController {

	static final int PAGE_SIZE = 25;

	private final InquiryService inquiries;

	private final PageReads reads;

	private final CategoryCatalogue categories;

	private final SavedViewMenu savedViews;

	InquiryListController(InquiryService inquiries, CategoryCatalogue categories, SavedViewMenu savedViews,
			PageReads reads) {
		this.reads = reads;
		this.inquiries = inquiries;
		this.categories = categories;
		this.savedViews = savedViews;
	}

	@InitBinder
	void binder(WebDataBinder binder) {
		editors(binder);
	}

	/** How the queue reads its parameters, here and in its saved views. */
	static void editors(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		QueueParameters.register(binder);
	}

	@GetMapping("/inquiries")
	String list(QueueForm form, Principal principal, Model model, Locale locale) {
		return reads.read(() -> {
			Viewer viewer = fill(form, principal, model, locale);
			savedViews.addTo(model, CaseKind.INQUIRY, viewer, form.query(), form.self());
			return "inquiries/list";
		});
	}

	@HxRequest
	@GetMapping("/inquiries")
	String results(QueueForm form, Principal principal, Model model, Locale locale) {
		return reads.read(() -> {
			fill(form, principal, model, locale);
			return "inquiries/list :: results";
		});
	}

	private Viewer fill(QueueForm form, Principal principal, Model model, Locale locale) {
		Viewer viewer = inquiries.viewer(principal.getName());
		QueueFilter filter = form.filter(inquiries.clientIdFor(form.client()));
		QueueCounts counts = inquiries.counts(viewer);
		List<QueueView> views = viewer.supervisor() ? Arrays.asList(QueueView.values())
				: List.of(QueueView.MINE, QueueView.TEAM, QueueView.UNASSIGNED);
		model.addAttribute("form", form);
		model.addAttribute("page", inquiries.queue(viewer, filter, PAGE_SIZE, form.after()));
		model.addAttribute("tabs",
				views.stream()
					.map(v -> new QueueTab(QueueForm.parameter(v), QueueForm.parameter(v), "case.view." + v,
							String.valueOf(counts.of(v)), form.withView(v), v == form.view()))
					.toList());
		model.addAttribute("statuses", InquiryStatus.values());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("channels", CaseChannel.values());
		model.addAttribute("slaStates", SlaState.values());
		model.addAttribute("sorts", QueueSort.values());
		SupportedLanguage language = language(locale);
		model.addAttribute("categories", categories.active(CategoryKind.INQUIRY, language));
		model.addAttribute("language", language);
		return viewer;
	}

	static SupportedLanguage language(Locale locale) {
		return SupportedLanguage.fromTag(locale.getLanguage()).orElse(SupportedLanguage.fallback());
	}

}
