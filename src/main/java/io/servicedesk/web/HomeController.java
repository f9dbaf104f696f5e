package io.servicedesk.web;

import java.security.Principal;
import java.time.Clock;

import io.servicedesk.casework.CaseAccess;
import io.servicedesk.casework.CaseDashboard;
import io.servicedesk.casework.Viewer;
import io.servicedesk.shared.StaffTimeZone;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page, a dashboard of the signed-in person's role (see {@code home.html}): for
 * everyone who works cases, their open cases by SLA state, what the clients answered
 * today and their team's unassigned cases; for supervisors also each team's backlog, the
 * breaches and the complaints waiting for review. {@code /home/dashboard} is the
 * dashboard alone, which the page fetches again while the person is at work on it.
 */
@Controller
class HomeController {

	private final CaseDashboard dashboard;

	private final CaseAccess access;

	private final StaffTimeZone times;

	private final Clock clock;

	HomeController(CaseDashboard dashboard, CaseAccess access, StaffTimeZone times, Clock clock) {
		this.dashboard = dashboard;
		this.access = access;
		this.times = times;
		this.clock = clock;
	}

	@GetMapping("/")
	String home(Principal principal, Model model) {
		fill(principal, model);
		return "home";
	}

	@GetMapping("/home/dashboard")
	String refreshed(Principal principal, Model model) {
		fill(principal, model);
		return "home :: dashboard";
	}

	private void fill(Principal principal, Model model) {
		Viewer viewer = access.viewer(principal.getName());
		model.addAttribute("viewer", viewer);
		model.addAttribute("mine", dashboard.mine(viewer, times.startOf(times.today(clock))));
		if (viewer.supervisor()) {
			model.addAttribute("desk", dashboard.desk());
		}
	}

}
