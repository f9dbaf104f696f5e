package io.servicedesk.staff.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import io.servicedesk.audit.AuditLog;
import io.servicedesk.shared.DomainException;
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.shared.StaleVersionException;
import io.servicedesk.staff.Role;
import io.servicedesk.staff.StaffProfile;
import io.servicedesk.staff.StaffSearch;
import io.servicedesk.staff.StaffService;
import io.servicedesk.staff.SupportedLanguage;
import io.servicedesk.staff.TeamService;

import org.springframework.data.domain.Page;
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
 * The staff administration: list with search and filters, add a person with a temporary
 * password, edit role, team and language, deactivate and reactivate, reset a password.
 */
@Controller
@RequestMapping("/admin/staff")
class StaffAdminController {

	static final int PAGE_SIZE = 25;

	/** Which field of the form a refusal of the service belongs to. */
	private static final Map<String, String> FIELD_OF_REFUSAL = Map.of("staff.username-taken", "username",
			"team.unknown", "team", "team.archived.no-new-members", "team", "staff.last-admin.demote", "role",
			"password.too-short", "temporaryPassword", "password.too-long", "temporaryPassword", "password.too-common",
			"temporaryPassword");

	private final StaffService staffService;

	private final TeamService teamService;

	private final AuditLog auditLog;

	StaffAdminController(StaffService staffService, TeamService teamService, AuditLog auditLog) {
		this.staffService = staffService;
		this.teamService = teamService;
		this.auditLog = auditLog;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
			@RequestParam(required = false) String team, @RequestParam(required = false) Boolean active,
			@RequestParam(defaultValue = "0") int page, Model model) {
		addList(q, role, team, active, page, model);
		return "admin/staff/list";
	}

	@GetMapping
	@HxRequest
	String listRows(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
			@RequestParam(required = false) String team, @RequestParam(required = false) Boolean active,
			@RequestParam(defaultValue = "0") int page, Model model) {
		addList(q, role, team, active, page, model);
		return "admin/staff/list :: results";
	}

	private void addList(String q, Role role, String team, Boolean active, int page, Model model) {
		Page<StaffProfile> results = staffService.search(new StaffSearch(q, role, team, active), page, PAGE_SIZE);
		model.addAttribute("results", results);
		model.addAttribute("q", q);
		model.addAttribute("role", role);
		model.addAttribute("team", team);
		model.addAttribute("active", active);
		model.addAttribute("roles", Role.values());
		model.addAttribute("teams", teamService.teams());
	}

	@GetMapping("/new")
	String newForm(Model model) {
		return form(new StaffForm.Create(), model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("staffForm") StaffForm.Create form, BindingResult result, Principal principal,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				StaffProfile created = staffService.create(form.toAccount(), principal.getName());
				redirect.addFlashAttribute("flashSuccess", "staff.created");
				redirect.addFlashAttribute("flashArgument", created.username());
				return "redirect:/admin/staff/" + created.username();
			}
			catch (RuleViolationException refused) {
				reject(result, refused);
			}
		}
		return form(form, model);
	}

	@GetMapping("/{username}")
	String editForm(@PathVariable String username, Model model) {
		StaffProfile profile = staffService.profile(username);
		return edit(profile, StaffForm.Edit.from(profile), new StaffForm.ResetPassword(), model);
	}

	@PostMapping("/{username}")
	String update(@PathVariable String username, @Valid @ModelAttribute("staffForm") StaffForm.Edit form,
			BindingResult result, Principal principal, Model model, RedirectAttributes redirect) {
		StaffProfile profile = staffService.profile(username);
		if (!result.hasErrors()) {
			try {
				staffService.update(username, form.toChanges(), principal.getName());
				redirect.addFlashAttribute("flashSuccess", "staff.updated");
				redirect.addFlashAttribute("flashArgument", profile.username());
				return "redirect:/admin/staff/" + profile.username();
			}
			catch (StaleVersionException stale) {
				result.reject(stale.getMessageKey(), stale.getArguments(), null);
			}
			catch (RuleViolationException refused) {
				reject(result, refused);
			}
		}
		return edit(profile, form, new StaffForm.ResetPassword(), model);
	}

	@PostMapping("/{username}/deactivate")
	String deactivate(@PathVariable String username, Principal principal, RedirectAttributes redirect) {
		return act(username, redirect, "staff.deactivated",
				() -> staffService.deactivate(username, principal.getName()));
	}

	@PostMapping("/{username}/reactivate")
	String reactivate(@PathVariable String username, Principal principal, RedirectAttributes redirect) {
		return act(username, redirect, "staff.reactivated",
				() -> staffService.reactivate(username, principal.getName()));
	}

	@PostMapping("/{username}/reset-password")
	String resetPassword(@PathVariable String username,
			@Valid @ModelAttribute("resetForm") StaffForm.ResetPassword form, BindingResult result, Principal principal,
			Model model, RedirectAttributes redirect) {
		StaffProfile profile = staffService.profile(username);
		if (!result.hasErrors()) {
			try {
				staffService.resetPassword(username, form.getTemporaryPassword(), principal.getName());
				redirect.addFlashAttribute("flashSuccess", "staff.password-reset");
				redirect.addFlashAttribute("flashArgument", profile.username());
				return "redirect:/admin/staff/" + profile.username();
			}
			catch (RuleViolationException refused) {
				result.rejectValue("temporaryPassword", refused.getMessageKey(), refused.getArguments(), null);
			}
		}
		return edit(profile, StaffForm.Edit.from(profile), form, model);
	}

	private String act(String username, RedirectAttributes redirect, String successKey, Runnable action) {
		StaffProfile profile = staffService.profile(username);
		try {
			action.run();
			redirect.addFlashAttribute("flashSuccess", successKey);
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("flashError", refused.getMessageKey());
		}
		redirect.addFlashAttribute("flashArgument", profile.username());
		return "redirect:/admin/staff/" + profile.username();
	}

	private String form(StaffForm form, Model model) {
		model.addAttribute("staffForm", form);
		model.addAttribute("roles", Role.values());
		model.addAttribute("languages", SupportedLanguage.values());
		List<String> teams = new java.util.ArrayList<>(teamService.activeTeamNames());
		if (form.getTeam() != null && !form.getTeam().isBlank() && !teams.contains(form.getTeam())) {
			teams.add(form.getTeam());
		}
		model.addAttribute("teamNames", teams);
		return "admin/staff/form";
	}

	private String edit(StaffProfile profile, StaffForm.Edit form, StaffForm.ResetPassword resetForm, Model model) {
		model.addAttribute("profile", profile);
		model.addAttribute("resetForm", resetForm);
		model.addAttribute("history", auditLog.latestFor(profile.username()));
		return form(form, model);
	}

	private static void reject(BindingResult result, RuleViolationException refused) {
		String field = FIELD_OF_REFUSAL.get(refused.getMessageKey());
		if (field == null) {
			result.reject(refused.getMessageKey(), refused.getArguments(), null);
		}
		else {
			result.rejectValue(field, refused.getMessageKey(), refused.getArguments(), null);
		}
	}

}
