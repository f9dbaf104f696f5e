package io.servicedesk.staff.web;

import java.security.Principal;
import java.util.Optional;

import jakarta.validation.Valid;

import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.shared.web.FormSubmissions;
import io.servicedesk.staff.StaffService;
import io.servicedesk.staff.TeamService;
import io.servicedesk.staff.TeamSummary;

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
 * The teams of the administration: list, add, rename, appoint a lead, see the members,
 * archive and restore.
 */
@Controller
@RequestMapping("/admin/teams")
class TeamAdminController {

	private final TeamService teamService;

	private final StaffService staffService;

	TeamAdminController(TeamService teamService, StaffService staffService) {
		this.teamService = teamService;
		this.staffService = staffService;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("teams", teamService.teams());
		return "admin/teams/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		return form(new TeamForm(), null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("teamForm") TeamForm form, BindingResult result, Principal principal,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			Optional<TeamSummary> created = FormSubmissions.save(result,
					() -> teamService.create(form.getName(), form.getLead(), principal.getName()),
					TeamAdminController::reject);
			if (created.isPresent()) {
				return FormSubmissions.saved(redirect, "team.created", created.get().name(),
						"/admin/teams/" + created.get().id());
			}
		}
		return form(form, null, model);
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		TeamSummary team = teamService.team(id);
		return form(TeamForm.from(team), team, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("teamForm") TeamForm form, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect) {
		TeamSummary team = teamService.team(id);
		if (!result.hasErrors()) {
			Optional<TeamSummary> saved = FormSubmissions.save(result, () -> teamService.update(id, form.getName(),
					form.getLead(), form.getVersion(), principal.getName()), TeamAdminController::reject);
			if (saved.isPresent()) {
				return FormSubmissions.saved(redirect, "team.updated", saved.get().name(), "/admin/teams/" + id);
			}
		}
		return form(form, team, model);
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		return act(id, redirect, "team.archived", () -> teamService.archive(id, principal.getName()));
	}

	@PostMapping("/{id}/restore")
	String restore(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		return act(id, redirect, "team.restored", () -> teamService.restore(id, principal.getName()));
	}

	private String act(long id, RedirectAttributes redirect, String successKey, Runnable action) {
		TeamSummary team = teamService.team(id);
		return FormSubmissions.switched(redirect, successKey, team.name(), "/admin/teams/" + id, action);
	}

	private String form(TeamForm form, TeamSummary team, Model model) {
		model.addAttribute("teamForm", form);
		model.addAttribute("team", team);
		model.addAttribute("candidates", staffService.activeStaff());
		model.addAttribute("members", team == null ? java.util.List.of() : teamService.members(team.id()));
		return "admin/teams/form";
	}

	private static void reject(BindingResult result, RuleViolationException refused) {
		String field = refused.getMessageKey().startsWith("team.lead") ? "lead" : "name";
		result.rejectValue(field, refused.getMessageKey(), refused.getArguments(), null);
	}

}
