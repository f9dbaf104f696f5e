package io.servicedesk.sla.web;

import java.security.Principal;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.shared.StaleVersionException;
import io.servicedesk.sla.BusinessHoursAdministration;
import io.servicedesk.sla.BusinessHoursDefinition;
import io.servicedesk.sla.BusinessHoursDetails;
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
 * {@code /admin/business-hours}: the calendars of the SLA clock.
 */
@Controller
@RequestMapping("/admin/business-hours")
class BusinessHoursController {

	private static final List<String> TIME_ZONES = ZoneId.getAvailableZoneIds()
		.stream()
		.filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
		.sorted()
		.toList();

	private final BusinessHoursAdministration administration;

	BusinessHoursController(BusinessHoursAdministration administration) {
		this.administration = administration;
	}

	@ModelAttribute("days")
	DayOfWeek[] days() {
		return DayOfWeek.values();
	}

	@ModelAttribute("timeZones")
	List<String> timeZones() {
		return TIME_ZONES;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("calendars", administration.list());
		return "sla/business-hours-list";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		model.addAttribute("form", BusinessHoursForm.empty());
		return "sla/business-hours-form";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") BusinessHoursForm form, BindingResult errors, Principal principal,
			RedirectAttributes redirect) {
		Optional<BusinessHoursDefinition> definition = form.toDefinition(errors);
		if (definition.isEmpty()) {
			return "sla/business-hours-form";
		}
		try {
			BusinessHoursDetails created = administration.create(definition.get(), principal.getName());
			redirect.addFlashAttribute("flashSuccess", "sla.calendar.created");
			redirect.addFlashAttribute("flashArgument", created.name());
			return "redirect:/admin/business-hours";
		}
		catch (RuleViolationException ex) {
			errors.reject(ex.getMessageKey(), ex.getArguments(), null);
			return "sla/business-hours-form";
		}
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		BusinessHoursDetails calendar = administration.get(id);
		model.addAttribute("calendar", calendar);
		model.addAttribute("form", BusinessHoursForm.from(calendar));
		return "sla/business-hours-form";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") BusinessHoursForm form, BindingResult errors,
			Principal principal, Model model, RedirectAttributes redirect) {
		model.addAttribute("calendar", administration.get(id));
		Optional<BusinessHoursDefinition> definition = form.toDefinition(errors);
		if (definition.isEmpty()) {
			return "sla/business-hours-form";
		}
		try {
			BusinessHoursDetails updated = administration.update(id, form.getVersion(), definition.get(),
					principal.getName());
			redirect.addFlashAttribute("flashSuccess", "sla.calendar.saved");
			redirect.addFlashAttribute("flashArgument", updated.name());
			return "redirect:/admin/business-hours";
		}
		catch (RuleViolationException | StaleVersionException ex) {
			errors.reject(ex.getMessageKey(), ex.getArguments(), null);
			return "sla/business-hours-form";
		}
	}

}
