package io.servicedesk.correspondence.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import io.servicedesk.correspondence.MailTemplate;
import io.servicedesk.correspondence.MailTemplateNotFoundException;
import io.servicedesk.correspondence.MailTemplates;
import io.servicedesk.shared.DomainException;
import io.servicedesk.shared.StaleVersionException;
import io.servicedesk.staff.SupportedLanguage;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administration's mail texts: every standard notice and the signature in each of the
 * five languages, as shipped or as changed; one text edited (a refused text is shown
 * again as typed, with the reason) or put back to the shipped one.
 */
@Controller
@RequestMapping("/admin/mail-templates")
class MailTemplateAdminController {

	private final MailTemplates templates;

	private final MessageSource messages;

	MailTemplateAdminController(MailTemplates templates, MessageSource messages) {
		this.templates = templates;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		List<Row> rows = new ArrayList<>();
		for (String key : MailTemplates.keys()) {
			List<MailTemplate> texts = new ArrayList<>();
			for (SupportedLanguage language : SupportedLanguage.values()) {
				texts.add(templates.text(key, language));
			}
			rows.add(new Row(key, texts));
		}
		model.addAttribute("rows", rows);
		return "admin/mail/templates";
	}

	@GetMapping("/{key}/{language}")
	String edit(@PathVariable String key, @PathVariable String language, Model model) {
		SupportedLanguage chosen = language(key, language);
		return form(templates.text(key, chosen), null, null, null, model);
	}

	@PostMapping("/{key}/{language}")
	String save(@PathVariable String key, @PathVariable String language, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String body, @RequestParam(required = false) Long version,
			Principal principal, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		SupportedLanguage chosen = language(key, language);
		try {
			templates.save(key, chosen, subject, body, version, principal.getName());
		}
		catch (StaleVersionException stale) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(templates.text(key, chosen), subject, body, messages.getMessage("template.stale", null, locale),
					model);
		}
		catch (DomainException refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(templates.text(key, chosen), subject, body,
					messages.getMessage(refused.getMessageKey(), refused.getArguments(), locale), model);
		}
		redirect.addFlashAttribute("flashSuccess", "template.saved");
		redirect.addFlashAttribute("flashArgument", messages.getMessage("mail.kind." + key, null, locale));
		redirect.addFlashAttribute("flashSecond", chosen.nativeName());
		return "redirect:/admin/mail-templates";
	}

	@PostMapping("/{key}/{language}/reset")
	String reset(@PathVariable String key, @PathVariable String language, Principal principal, Locale locale,
			RedirectAttributes redirect) {
		SupportedLanguage chosen = language(key, language);
		templates.reset(key, chosen, principal.getName());
		redirect.addFlashAttribute("flashSuccess", "template.reset.done");
		redirect.addFlashAttribute("flashArgument", messages.getMessage("mail.kind." + key, null, locale));
		redirect.addFlashAttribute("flashSecond", chosen.nativeName());
		return "redirect:/admin/mail-templates";
	}

	private String form(MailTemplate template, String subject, String body, String refusal, Model model) {
		model.addAttribute("template", template);
		model.addAttribute("subject", subject != null ? subject : template.subject());
		model.addAttribute("body", body != null ? body : template.body());
		model.addAttribute("signature", MailTemplates.SIGNATURE.equals(template.key()));
		model.addAttribute("placeholders", String.join(", ",
				MailTemplates.placeholders(template.key()).stream().map(name -> "{{" + name + "}}").toList()));
		model.addAttribute("language", SupportedLanguage.fromTag(template.language()).orElseThrow());
		model.addAttribute("refusal", refusal);
		return "admin/mail/template-form";
	}

	private static SupportedLanguage language(String key, String tag) {
		return SupportedLanguage.fromTag(tag).orElseThrow(() -> new MailTemplateNotFoundException(key + "/" + tag));
	}

	record Row(String key, List<MailTemplate> texts) {
	}

}
