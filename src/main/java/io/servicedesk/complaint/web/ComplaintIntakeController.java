package io.servicedesk.complaint.web;

import java.security.Principal;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.catalogue.CategoryCatalogue;
import io.servicedesk.catalogue.CategoryKind;
import io.servicedesk.client.ClientService;
import io.servicedesk.complaint.ComplaintDetails;
import io.servicedesk.complaint.ComplaintService;
import io.servicedesk.complaint.Severity;
import io.servicedesk.shared.DomainException;
import io.servicedesk.shared.NotFoundException;
import io.servicedesk.staff.SupportedLanguage;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /complaints/new}: registers a complaint of an existing client directly; the
 * complaint SLA clock starts and the complaint goes to the recording agent.
 */
@Controller
class ComplaintIntakeController {

	private final ComplaintService complaints;

	private final CategoryCatalogue categories;

	private final ClientService clients;

	ComplaintIntakeController(ComplaintService complaints, CategoryCatalogue categories, ClientService clients) {
		this.complaints = complaints;
		this.categories = categories;
		this.clients = clients;
	}

	@InitBinder
	void binder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@GetMapping("/complaints/new")
	String form(@RequestParam(required = false) String client, @RequestParam(required = false) CaseChannel channel,
			Model model, Locale locale) {
		NewComplaintForm form = new NewComplaintForm();
		if (client != null && client.length() <= 16) {
			form.setClientNumber(client.strip());
			clients.find(client.strip())
				.filter(found -> !found.erased())
				.ifPresent(found -> form.setClientLabel(found.name() + " (" + found.number() + ")"));
		}
		if (channel != null) {
			form.setChannel(channel);
		}
		return page(form, model, locale);
	}

	@PostMapping("/complaints/new")
	String register(@Valid @ModelAttribute("form") NewComplaintForm form, BindingResult result, Principal principal,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(form, model, locale);
		}
		try {
			ComplaintDetails complaint = complaints.register(form.toCommand(), complaints.viewer(principal.getName()));
			redirect.addFlashAttribute("flashSuccess", "complaint.flash.registered");
			redirect.addFlashAttribute("flashArgument", complaint.reference());
			return "redirect:/complaints/" + complaint.reference();
		}
		catch (NotFoundException unknownClient) {
			result.rejectValue("clientNumber", "complaint.client.unknown", new Object[] { form.getClientNumber() },
					null);
		}
		catch (DomainException refused) {
			result.reject(refused.getMessageKey(), refused.getArguments(), null);
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return page(form, model, locale);
	}

	private String page(NewComplaintForm form, Model model, Locale locale) {
		SupportedLanguage language = SupportedLanguage.fromTag(locale.getLanguage())
			.orElse(SupportedLanguage.fallback());
		model.addAttribute("form", form);
		model.addAttribute("channels", CaseChannel.values());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("categories", categories.active(CategoryKind.COMPLAINT, language));
		model.addAttribute("language", language);
		return "complaints/new";
	}

}
