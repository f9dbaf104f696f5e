package io.servicedesk.client.web;

import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;

import io.servicedesk.client.ClientData;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientKind;
import io.servicedesk.client.ClientService;
import io.servicedesk.client.ClientSummary;
import io.servicedesk.client.ContactChannel;
import io.servicedesk.client.Segment;
import io.servicedesk.shared.StaleVersionException;
import io.servicedesk.staff.SupportedLanguage;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Registering and editing a client: one form for both, likely duplicates shown before
 * saving.
 */
@Controller
class ClientFormController {

	private final ClientService clients;

	ClientFormController(ClientService clients) {
		this.clients = clients;
	}

	@InitBinder("clientForm")
	void validators(WebDataBinder binder) {
		binder.addValidators(new ContactInputValidator());
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("kinds", ClientKind.values());
		model.addAttribute("segments", Segment.values());
		model.addAttribute("channels", ContactChannel.values());
		model.addAttribute("languages", SupportedLanguage.values());
	}

	@GetMapping("/clients/new")
	String newClient(Model model) {
		model.addAttribute("clientForm", new ClientForm());
		return "clients/form";
	}

	@PostMapping("/clients")
	String create(@Valid @ModelAttribute("clientForm") ClientForm form, BindingResult result, Model model,
			Principal principal, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "clients/form";
		}
		ClientData data = form.toData();
		if (!form.isConfirmDuplicate() && showDuplicates(data, null, model)) {
			return "clients/form";
		}
		ClientDetails client = clients.register(data, principal.getName());
		redirect.addFlashAttribute("flashSuccess", "client.registered");
		redirect.addFlashAttribute("flashArgument", client.number());
		return "redirect:/clients/" + client.number();
	}

	@GetMapping("/clients/{number}/edit")
	String edit(@PathVariable String number, Model model) {
		ClientDetails client = clients.get(number);
		model.addAttribute("client", client);
		model.addAttribute("clientForm", ClientForm.from(client));
		return "clients/form";
	}

	@PostMapping("/clients/{number}")
	String update(@PathVariable String number, @Valid @ModelAttribute("clientForm") ClientForm form,
			BindingResult result, Model model, Principal principal, RedirectAttributes redirect,
			HttpServletResponse response) {
		ClientDetails existing = clients.get(number);
		model.addAttribute("client", existing);
		if (result.hasErrors()) {
			return "clients/form";
		}
		ClientData data = form.toData();
		if (!form.isConfirmDuplicate() && showDuplicates(data, existing.number(), model)) {
			return "clients/form";
		}
		try {
			clients.edit(number, form.getVersion(), data, principal.getName());
		}
		catch (StaleVersionException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("staleVersion", true);
			return "clients/form";
		}
		redirect.addFlashAttribute("flashSuccess", "client.saved");
		redirect.addFlashAttribute("flashArgument", existing.number());
		return "redirect:/clients/" + existing.number();
	}

	private boolean showDuplicates(ClientData data, String excluding, Model model) {
		List<ClientSummary> duplicates = clients.likelyDuplicates(data.email(), data.phone(), excluding);
		model.addAttribute("duplicates", duplicates);
		return !duplicates.isEmpty();
	}

}
