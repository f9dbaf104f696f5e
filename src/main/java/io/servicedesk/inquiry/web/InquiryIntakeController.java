package io.servicedesk.inquiry.web;

import java.security.Principal;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.catalogue.CategoryCatalogue;
import io.servicedesk.catalogue.CategoryKind;
import io.servicedesk.client.ClientService;
import io.servicedesk.client.Email;
import io.servicedesk.client.PhoneNumber;
import io.servicedesk.inquiry.InquiryDetails;
import io.servicedesk.inquiry.InquiryService;
import io.servicedesk.shared.DomainException;
import io.servicedesk.shared.NotFoundException;
import io.servicedesk.shared.Priority;
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
 * {@code /inquiries/new}: an agent records an inquiry that arrived by any channel, for a
 * client found as they type or a new client created on the way.
 */
@Controller
class InquiryIntakeController {

	private final InquiryService inquiries;

	private final CategoryCatalogue categories;

	private final ClientService clients;

	InquiryIntakeController(InquiryService inquiries, CategoryCatalogue categories, ClientService clients) {
		this.inquiries = inquiries;
		this.categories = categories;
		this.clients = clients;
	}

	@InitBinder("intake")
	void binder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@GetMapping("/inquiries/new")
	String form(@RequestParam(required = false) String client, @RequestParam(required = false) CaseChannel channel,
			Model model, Locale locale) {
		IntakeForm intake = new IntakeForm();
		if (client != null && client.length() <= 16) {
			intake.setClientNumber(client.strip());
			clients.find(client.strip())
				.filter(found -> !found.erased())
				.ifPresent(found -> intake.setClientLabel(found.name() + " (" + found.number() + ")"));
		}
		if (channel != null) {
			intake.setChannel(channel);
		}
		model.addAttribute("intake", intake);
		return show(model, locale);
	}

	@PostMapping("/inquiries")
	String create(@Valid @ModelAttribute("intake") IntakeForm intake, BindingResult result, Principal principal,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		if (!intake.hasClientNumber()) {
			if (intake.getNewClientName() == null) {
				result.rejectValue("clientNumber", "case.client.required");
			}
			else if (intake.getNewClientEmail() == null && intake.getNewClientPhone() == null) {
				result.rejectValue("newClientEmail", "case.client.contact-required");
			}
			if (intake.getNewClientEmail() != null && !Email.isValid(intake.getNewClientEmail())) {
				result.rejectValue("newClientEmail", "client.email.invalid");
			}
			if (intake.getNewClientPhone() != null && PhoneNumber.parse(intake.getNewClientPhone(), null).isEmpty()) {
				result.rejectValue("newClientPhone", "case.client.phone-invalid");
			}
		}
		if (result.hasErrors()) {
			// the form comes back with its messages, as the complaint intake's: 400 for
			// fields
			// that are wrong, 422 for a rule or a client that refused what was typed
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return show(model, locale);
		}
		try {
			InquiryDetails created = inquiries.create(intake.toCommand(), inquiries.viewer(principal.getName()));
			redirect.addFlashAttribute("flashSuccess", "inquiry.created");
			redirect.addFlashAttribute("flashArgument", created.reference());
			return "redirect:/inquiries/" + created.reference();
		}
		catch (DomainException refused) {
			result.reject(refused.getMessageKey(), refused.getArguments(), refused.getMessageKey());
		}
		catch (NotFoundException unknown) {
			result.rejectValue("clientNumber", "case.client.unknown", new Object[] { unknown.getReference() }, null);
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return show(model, locale);
	}

	private String show(Model model, Locale locale) {
		model.addAttribute("channels", CaseChannel.values());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("languages", SupportedLanguage.values());
		model.addAttribute("categories",
				categories.active(CategoryKind.INQUIRY, InquiryListController.language(locale)));
		model.addAttribute("language", InquiryListController.language(locale));
		return "inquiries/new";
	}

}
