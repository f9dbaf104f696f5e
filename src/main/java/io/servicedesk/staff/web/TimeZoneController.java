package io.servicedesk.staff.web;

import java.security.Principal;
import java.time.DateTimeException;
import java.time.ZoneId;

import io.servicedesk.shared.StaffTimeZone;
import io.servicedesk.staff.StaffService;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code POST /profile/time-zone}: the zone a staff member reads times and picks dates in
 * (empty: the desk's calendar zone); it applies from the next page on.
 */
@Controller
class TimeZoneController {

	private final StaffService staff;

	private final StaffTimeZone times;

	TimeZoneController(StaffService staff, StaffTimeZone times) {
		this.staff = staff;
		this.times = times;
	}

	@PostMapping("/profile/time-zone")
	String change(@RequestParam(name = "zone", required = false) String zone, Principal principal,
			RedirectAttributes redirect) {
		ZoneId chosen;
		try {
			chosen = zone == null || zone.isBlank() ? null : ZoneId.of(zone.strip());
		}
		catch (DateTimeException unknown) {
			redirect.addFlashAttribute("flashError", "profile.time-zone.unknown");
			return "redirect:/profile";
		}
		staff.changeTimeZone(principal.getName(), chosen, principal.getName());
		times.changed(chosen);
		redirect.addFlashAttribute("flashSuccess", "profile.time-zone.changed");
		redirect.addFlashAttribute("flashArgument", chosen == null ? times.deskZone().getId() : chosen.getId());
		return "redirect:/profile";
	}

}
