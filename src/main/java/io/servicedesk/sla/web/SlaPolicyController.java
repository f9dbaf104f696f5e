package io.servicedesk.sla.web;

import java.security.Principal;
import java.util.List;

import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.shared.StaleVersionException;
import io.servicedesk.sla.BusinessHoursAdministration;
import io.servicedesk.sla.BusinessHoursDetails;
import io.servicedesk.sla.CaseKind;
import io.servicedesk.shared.Priority;
import io.servicedesk.sla.SlaPolicyAdministration;
import io.servicedesk.sla.SlaPolicyDetails;
import io.servicedesk.staff.TeamDirectory;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/sla-policies}: what the desk promises per case kind and priority.
 */
@Controller
@RequestMapping("/admin/sla-policies")
class SlaPolicyController {

	private final SlaPolicyAdministration policies;

	private final BusinessHoursAdministration calendars;

	private final TeamDirectory teams;

	SlaPolicyController(SlaPolicyAdministration policies, BusinessHoursAdministration calendars, TeamDirectory teams) {
		this.policies = policies;
		this.calendars = calendars;
		this.teams = teams;
	}

	@ModelAttribute("caseKinds")
	CaseKind[] caseKinds() {
		return CaseKind.values();
	}

	@ModelAttribute("priorities")
	Priority[] priorities() {
		return Priority.values();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("policies", policies.list());
		model.addAttribute("uncovered", policies.uncovered());
		return "sla/policy-list";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		SlaPolicyForm form = new SlaPolicyForm();
		List<BusinessHoursDetails> available = calendars.list();
		if (!available.isEmpty()) {
			form.setCalendarId(available.get(0).id());
		}
		model.addAttribute("form", form);
		return formView(model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") SlaPolicyForm form, BindingResult errors, Principal principal,
			Model model, RedirectAttributes redirect) {
		BusinessHoursDetails calendar = checkTargets(form, errors);
		if (errors.hasErrors()) {
			return formView(model);
		}
		try {
			SlaPolicyDetails created = policies.create(form.toDefinition(calendar.businessDayMinutes()),
					principal.getName());
			return saved(redirect, "sla.policy.created", created);
		}
		catch (RuleViolationException ex) {
			errors.reject(ex.getMessageKey(), ex.getArguments(), null);
			return formView(model);
		}
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		SlaPolicyDetails policy = policies.get(id);
		model.addAttribute("policy", policy);
		model.addAttribute("form", SlaPolicyForm.from(policy));
		return formView(model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") SlaPolicyForm form, BindingResult errors,
			Principal principal, Model model, RedirectAttributes redirect) {
		model.addAttribute("policy", policies.get(id));
		BusinessHoursDetails calendar = checkTargets(form, errors);
		if (errors.hasErrors()) {
			return formView(model);
		}
		try {
			SlaPolicyDetails updated = policies.update(id, form.getVersion(),
					form.toDefinition(calendar.businessDayMinutes()), principal.getName());
			return saved(redirect, "sla.policy.saved", updated);
		}
		catch (RuleViolationException | StaleVersionException ex) {
			errors.reject(ex.getMessageKey(), ex.getArguments(), null);
			return formView(model);
		}
	}

	/**
	 * Checks the targets against the chosen calendar's business day; returns that
	 * calendar.
	 */
	private BusinessHoursDetails checkTargets(SlaPolicyForm form, BindingResult errors) {
		BusinessHoursDetails calendar = form.getCalendarId() == null ? null
				: calendars.list().stream().filter(c -> c.id() == form.getCalendarId()).findFirst().orElse(null);
		if (calendar == null) {
			if (!errors.hasFieldErrors("calendarId")) {
				errors.rejectValue("calendarId", "sla.policy.error.unknown-calendar",
						new Object[] { form.getCalendarId() }, null);
			}
			return null;
		}
		if (errors.hasErrors()) {
			return calendar;
		}
		long firstResponse = form.firstResponse().totalMinutes(calendar.businessDayMinutes());
		long resolution = form.resolution().totalMinutes(calendar.businessDayMinutes());
		if (firstResponse <= 0) {
			errors.rejectValue("firstResponseDays", "sla.policy.error.target-positive");
		}
		if (resolution <= 0) {
			errors.rejectValue("resolutionDays", "sla.policy.error.target-positive");
		}
		else if (resolution < firstResponse) {
			errors.rejectValue("resolutionDays", "sla.policy.error.resolution-before-response");
		}
		return calendar;
	}

	private String formView(Model model) {
		model.addAttribute("calendars", calendars.list());
		model.addAttribute("teams", teams.activeTeamNames());
		return "sla/policy-form";
	}

	private static String saved(RedirectAttributes redirect, String messageKey, SlaPolicyDetails policy) {
		// the kind and priority travel as codes, put into the reader's words when shown
		redirect.addFlashAttribute("flashSuccess", "workday." + messageKey);
		redirect.addFlashAttribute("flashArgument", policy.caseKind());
		redirect.addFlashAttribute("flashSecond", policy.priority());
		return "redirect:/admin/sla-policies";
	}

}
