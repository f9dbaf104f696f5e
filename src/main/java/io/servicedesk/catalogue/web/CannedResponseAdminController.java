package io.servicedesk.catalogue.web;

import java.security.Principal;

import jakarta.validation.Valid;

import io.servicedesk.catalogue.CannedResponseView;
import io.servicedesk.catalogue.CannedResponses;
import io.servicedesk.catalogue.Placeholders;
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.staff.SupportedLanguage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Canned responses in the administration: list per language, add, edit, deactivate and
 * activate.
 */
@Controller
@RequestMapping("/admin/canned-responses")
class CannedResponseAdminController extends CatalogueEntryAdmin<CannedResponseView> {

	private final CannedResponses responses;

	CannedResponseAdminController(CannedResponses responses) {
		super("canned", responses::get, CannedResponseView::title,
				response -> "/admin/canned-responses?language=" + response.language(), responses::switchTo);
		this.responses = responses;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "EN") SupportedLanguage language, Model model) {
		model.addAttribute("language", language);
		model.addAttribute("languages", SupportedLanguage.values());
		model.addAttribute("responses", responses.all(language));
		return "admin/canned-responses/list";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(defaultValue = "EN") SupportedLanguage language, Model model) {
		CannedResponseForm form = new CannedResponseForm();
		form.setLanguage(language);
		return form(form, null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("cannedForm") CannedResponseForm form, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect) {
		return save(!result.hasErrors(), result,
				() -> responses.create(form.getTitle(), form.getBody(), form.getLanguage(), principal.getName()),
				"created", redirect, () -> form(form, null, model));
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		CannedResponseView response = responses.get(id);
		return form(CannedResponseForm.from(response), response, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("cannedForm") CannedResponseForm form,
			BindingResult result, Principal principal, Model model, RedirectAttributes redirect) {
		CannedResponseView response = responses.get(id);
		return save(
				!result.hasErrors(), result, () -> responses.update(id, form.getTitle(), form.getBody(),
						form.getLanguage(), form.getVersion(), principal.getName()),
				"updated", redirect, () -> form(form, response, model));
	}

	private String form(CannedResponseForm form, CannedResponseView response, Model model) {
		model.addAttribute("cannedForm", form);
		model.addAttribute("response", response);
		model.addAttribute("languages", SupportedLanguage.values());
		model.addAttribute("placeholders", Placeholders.KNOWN);
		return "admin/canned-responses/form";
	}

	@Override
	void reject(BindingResult result, RuleViolationException refused) {
		String field = "canned.title-taken".equals(refused.getMessageKey()) ? "title" : "body";
		result.rejectValue(field, refused.getMessageKey(), refused.getArguments(), null);
	}

}
