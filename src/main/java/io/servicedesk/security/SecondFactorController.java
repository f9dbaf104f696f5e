package io.servicedesk.security;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.staff.StaffService;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of two-factor sign-in: the second step after the password (or the enrolment a
 * role requires), enrolment and recovery codes on the profile page, and an
 * administrator's reset of a person's second factor. The code itself is checked by
 * {@link SecondFactorAuthenticationFilter}.
 */
@Controller
class SecondFactorController {

	static final String ENROLMENT = SecondFactorController.class.getName() + ".enrolment";

	private final SecondFactors secondFactors;

	private final SecondFactorPolicy policy;

	private final StaffService staffService;

	private final RequestCache requestCache = new HttpSessionRequestCache();

	SecondFactorController(SecondFactors secondFactors, SecondFactorPolicy policy, StaffService staffService) {
		this.secondFactors = secondFactors;
		this.policy = policy;
		this.staffService = staffService;
	}

	@GetMapping(SecondFactorAuthenticationFilter.PAGE)
	String secondStep(Authentication authentication, HttpServletRequest request, Model model) {
		if (!(authentication.getPrincipal() instanceof StaffUserDetails staff)) {
			return "redirect:/";
		}
		if (secondFactors.isEnrolled(staff.getUsername())) {
			if (request.getParameter("error") != null) {
				describeFailure(request, model);
			}
			model.addAttribute("stepUp", policy.test(authentication)
					&& SecondFactorPolicy.hasAuthority(authentication, SecondFactorPolicy.TOTP_AUTHORITY));
			return "second-factor/challenge";
		}
		if (!policy.requiredFor(staff)) {
			return "redirect:/";
		}
		model.addAttribute("enrolment", enrolmentOf(staff.getUsername(), request.getSession()));
		model.addAttribute("action", SecondFactorAuthenticationFilter.PAGE + "/enrol");
		model.addAttribute("required", true);
		return "second-factor/enrol";
	}

	@PostMapping(SecondFactorAuthenticationFilter.PAGE + "/enrol")
	String enrolAtSignIn(@RequestParam(name = "code", required = false) String code, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		if (!(authentication.getPrincipal() instanceof StaffUserDetails staff)
				|| secondFactors.isEnrolled(staff.getUsername())) {
			return "redirect:" + SecondFactorAuthenticationFilter.PAGE;
		}
		SavedRequest saved = requestCache.getRequest(request, response);
		String next = saved == null ? "/" : saved.getRedirectUrl();
		String page = enrol(staff, code, request, response, model, SecondFactorAuthenticationFilter.PAGE + "/enrol",
				next);
		if ("second-factor/recovery-codes".equals(page)) {
			requestCache.removeRequest(request, response);
			model.addAttribute("required", true);
		}
		return page;
	}

	@GetMapping("/profile/second-factor")
	String enrolmentPage(Principal principal, HttpServletRequest request, Model model) {
		if (secondFactors.isEnrolled(principal.getName())) {
			return "redirect:/profile";
		}
		model.addAttribute("enrolment", enrolmentOf(principal.getName(), request.getSession()));
		model.addAttribute("action", "/profile/second-factor");
		model.addAttribute("required", false);
		return "second-factor/enrol";
	}

	@PostMapping("/profile/second-factor")
	String enrolFromProfile(@RequestParam(name = "code", required = false) String code, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		StaffUserDetails staff = (StaffUserDetails) authentication.getPrincipal();
		if (secondFactors.isEnrolled(staff.getUsername())) {
			return "redirect:/profile";
		}
		model.addAttribute("required", false);
		return enrol(staff, code, request, response, model, "/profile/second-factor", "/profile");
	}

	private String enrol(StaffUserDetails staff, String code, HttpServletRequest request, HttpServletResponse response,
			Model model, String action, String next) {
		HttpSession session = request.getSession();
		SecondFactors.Enrolment enrolment = enrolmentOf(staff.getUsername(), session);
		List<String> codes;
		try {
			codes = secondFactors.completeEnrolment(staff.getUsername(), enrolment.secret(), code);
		}
		catch (RuleViolationException refused) {
			model.addAttribute("enrolment", enrolment);
			model.addAttribute("action", action);
			model.addAttribute("errorKey", refused.getMessageKey());
			return "second-factor/enrol";
		}
		session.removeAttribute(ENROLMENT);
		staffService.findCredentials(staff.getUsername())
			.map(credentials -> new StaffUserDetails(credentials, true))
			.ifPresent(enrolled -> SignedInSessions.replace(enrolled, true, request, response));
		model.addAttribute("codes", codes);
		model.addAttribute("next", next);
		return "second-factor/recovery-codes";
	}

	@PostMapping("/profile/second-factor/recovery-codes")
	String renewRecoveryCodes(Principal principal, Model model, RedirectAttributes redirect) {
		if (!secondFactors.isEnrolled(principal.getName())) {
			return "redirect:/profile";
		}
		model.addAttribute("codes", new ArrayList<>(secondFactors.renewRecoveryCodes(principal.getName())));
		model.addAttribute("next", "/profile");
		model.addAttribute("required", false);
		return "second-factor/recovery-codes";
	}

	@PostMapping("/profile/second-factor/off")
	String turnOff(Authentication authentication, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		StaffUserDetails staff = (StaffUserDetails) authentication.getPrincipal();
		if (policy.requiredFor(staff)) {
			redirect.addFlashAttribute("flashError", "mfa.off.required");
			return "redirect:/profile";
		}
		secondFactors.turnOff(staff.getUsername());
		staffService.findCredentials(staff.getUsername())
			.map(credentials -> new StaffUserDetails(credentials, false))
			.ifPresent(updated -> SignedInSessions.replace(updated, false, request, response));
		redirect.addFlashAttribute("flashSuccess", "mfa.off.done");
		return "redirect:/profile";
	}

	@PostMapping("/admin/staff/{username}/second-factor/reset")
	String reset(@PathVariable String username, Principal principal, RedirectAttributes redirect) {
		String person = staffService.profile(username).username();
		secondFactors.reset(person, principal.getName());
		redirect.addFlashAttribute("flashSuccess", "mfa.reset.done");
		return "redirect:/admin/staff/" + person;
	}

	private SecondFactors.Enrolment enrolmentOf(String username, HttpSession session) {
		if (session.getAttribute(ENROLMENT) instanceof PendingEnrolment pending
				&& pending.username().equals(username)) {
			return pending.enrolment();
		}
		SecondFactors.Enrolment enrolment = secondFactors.startEnrolment(username);
		session.setAttribute(ENROLMENT, new PendingEnrolment(username, enrolment));
		return enrolment;
	}

	private static void describeFailure(HttpServletRequest request, Model model) {
		HttpSession session = request.getSession(false);
		Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
		if (session != null) {
			session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
		}
		if (failure instanceof SignInThrottledException throttled) {
			model.addAttribute("errorKey", "mfa.code.throttled");
			model.addAttribute("errorArgument", throttled.minutesToWait());
		}
		else {
			model.addAttribute("errorKey", "mfa.code.wrong");
		}
	}

	/** A secret offered to a person and not yet confirmed. */
	record PendingEnrolment(String username, SecondFactors.Enrolment enrolment) implements java.io.Serializable {
	}

}
