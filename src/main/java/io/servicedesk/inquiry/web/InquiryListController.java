package io.servicedesk.inquiry.web;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import io.servicedesk.casework.CaseChannel;
import io.servicedesk.casework.QueueFilter;
import io.servicedesk.casework.QueueParameters;
import io.servicedesk.casework.QueueSort;
import io.servicedesk.casework.QueueView;
import io.servicedesk.casework.Viewer;
import io.servicedesk.catalogue.CategoryCatalogue;
import io.servicedesk.catalogue.CategoryKind;
import io.servicedesk.inquiry.InquiryService;
import io.servicedesk.inquiry.InquiryStatus;
import io.servicedesk.shared.Priority;
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
 * and bookmarks work.
 */
@Controller
class InquiryListController {

	static final int PAGE_SIZE = 25;

	private final InquiryService inquiries;

	private final CategoryCatalogue categories;

	InquiryListController(InquiryService inquiries, CategoryCatalogue categories) {
		this.inquiries = inquiries;
		this.categories = categories;
	}

	@InitBinder
	void binder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		QueueParameters.register(binder);
	}

	@GetMapping("/inquiries")
	String list(QueueForm form, Principal principal, Model model, Locale locale) {
		fill(form, principal, model, locale);
		return "inquiries/list";
	}

	@HxRequest
	@GetMapping("/inquiries")
	String results(QueueForm form, Principal principal, Model model, Locale locale) {
		fill(form, principal, model, locale);
		return "inquiries/list :: results";
	}

	private void fill(QueueForm form, Principal principal, Model model, Locale locale) {
		Viewer viewer = inquiries.viewer(principal.getName());
		QueueFilter filter = new QueueFilter(form.view(), form.status() == null ? null : form.status().name(),
				form.priority(), form.category(), form.channel(), form.slaState(), inquiries.clientIdFor(form.client()),
				form.q(), form.sort());
		model.addAttribute("form", form);
		model.addAttribute("page", inquiries.queue(viewer, filter, PAGE_SIZE, form.after()));
		model.addAttribute("counts", inquiries.counts(viewer));
		model.addAttribute("views", viewer.supervisor() ? Arrays.asList(QueueView.values())
				: List.of(QueueView.MINE, QueueView.TEAM, QueueView.UNASSIGNED));
		model.addAttribute("statuses", InquiryStatus.values());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("channels", CaseChannel.values());
		model.addAttribute("slaStates", SlaState.values());
		model.addAttribute("sorts", QueueSort.values());
		SupportedLanguage language = language(locale);
		model.addAttribute("categories", categories.active(CategoryKind.INQUIRY, language));
		model.addAttribute("language", language);
	}

	static SupportedLanguage language(Locale locale) {
		return SupportedLanguage.fromTag(locale.getLanguage()).orElse(SupportedLanguage.fallback());
	}

}
