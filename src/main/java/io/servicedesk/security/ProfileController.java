package io.servicedesk.security;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.staff.AcceptablePassword;
import io.servicedesk.staff.StaffService;
import io.servicedesk.staff.SupportedLanguage;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every staff member's own page: their details, their password and interface language,
 * and their personal API tokens. The password page is also where a temporary password
 * must be replaced.
 */
@Controller
@RequestMapping("/profile")
class ProfileController {

	private final StaffService staffService;

	private final ApiTokens apiTokens;

	private final LocaleResolver localeResolver;

	private final SessionTerminator sessions;

	private final SecondFactors secondFactors;

	private final java.time.Clock clock;

	ProfileController(StaffService staffService, ApiTokens apiTokens, LocaleResolver localeResolver,
			SessionTerminator sessions, SecondFactors secondFactors, java.time.Clock clock) {
		this.secondFactors = secondFactors;
		this.clock = clock;
		this.staffService = staffService;
		this.apiTokens = apiTokens;
		this.localeResolver = localeResolver;
		this.sessions = sessions;
	}

	@PostMapping("/sessions/end-others")
	String endOtherSessions(Principal principal, HttpServletRequest request, RedirectAttributes redirect) {
		int ended = sessions.endOtherSessions(principal.getName(), request.getSession().getId());
		redirect.addFlashAttribute("flashSuccess", "profile.sessions.ended");
		redirect.addFlashAttribute("flashArgument", ended);
		return "redirect:/profile";
	}

	@GetMapping
	String profile(Principal principal, Model model) {
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", new TokenForm());
		}
		model.addAttribute("profile", staffService.profile(principal.getName()));
		model.addAttribute("tokens", apiTokens.tokensOf(principal.getName()));
		model.addAttribute("tokenLifetimes", ApiTokenLifetimes.upTo(apiTokens.maxDays()));
		model.addAttribute("now", clock.instant());
		model.addAttribute("languages", SupportedLanguage.values());
		model.addAttribute("secondFactorEnrolled", secondFactors.isEnrolled(principal.getName()));
		model.addAttribute("secondFactorRequired", secondFactors.isRequiredFor(principal.getName()));
		model.addAttribute("recoveryCodesLeft", secondFactors.recoveryCodesLeft(principal.getName()));
		return "profile/index";
	}

	@GetMapping("/password")
	String passwordPage(Authentication authentication, Model model) {
		model.addAttribute("passwordForm", new PasswordForm());
		model.addAttribute("forced", mustChangePassword(authentication));
		return "profile/password";
	}

	@PostMapping("/password")
	String changePassword(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		boolean forced = mustChangePassword(authentication);
		if (form.getNewPassword() != null && !form.getNewPassword().equals(form.getConfirmation())) {
			result.rejectValue("confirmation", "password.mismatch");
		}
		if (!result.hasErrors()) {
			try {
				staffService.changeOwnPassword(authentication.getName(), form.getCurrentPassword(),
						form.getNewPassword());
			}
			catch (RuleViolationException refused) {
				String field = "password.current-wrong".equals(refused.getMessageKey()) ? "currentPassword"
						: "newPassword";
				result.rejectValue(field, refused.getMessageKey());
			}
		}
		if (result.hasErrors()) {
			model.addAttribute("forced", forced);
			return "profile/password";
		}
		refreshPrincipal(authentication.getName(), request, response);
		if (form.isSignOutElsewhere()) {
			sessions.endOtherSessions(authentication.getName(), request.getSession().getId());
		}
		redirect.addFlashAttribute("flashSuccess", "profile.password.changed");
		return forced ? "redirect:/" : "redirect:/profile";
	}

	@PostMapping("/language")
	String changeLanguage(@RequestParam(name = "language", required = false) String tag, Principal principal,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		SupportedLanguage language = SupportedLanguage.fromTag(tag).orElse(null);
		if (language == null) {
			redirect.addFlashAttribute("flashError", "language.unsupported");
			return "redirect:/profile";
		}
		staffService.changeLanguage(principal.getName(), language, principal.getName());
		localeResolver.setLocale(request, response, language.locale());
		redirect.addFlashAttribute("flashSuccess", "profile.language.changed");
		return "redirect:/profile";
	}

	@PostMapping("/tokens")
	String createToken(@Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult result, Principal principal,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				ApiTokens.IssuedToken issued = apiTokens.create(principal.getName(), form.getName(),
						form.getValidDays() == null ? apiTokens.maxDays() : form.getValidDays(), form.isReadOnly());
				redirect.addFlashAttribute("newToken", issued.secret());
				redirect.addFlashAttribute("flashSuccess", "profile.token.created");
				return "redirect:/profile";
			}
			catch (RuleViolationException refused) {
				result.rejectValue("api-token.lifetime".equals(refused.getMessageKey()) ? "validDays" : "name",
						refused.getMessageKey(), refused.getArguments(), null);
			}
		}
		return profile(principal, model);
	}

	@PostMapping("/tokens/{id}/revoke")
	String revokeToken(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		apiTokens.revoke(principal.getName(), id);
		redirect.addFlashAttribute("flashSuccess", "profile.token.revoked");
		return "redirect:/profile";
	}

	/**
	 * The session keeps the signed-in person; after the password change it must no longer
	 * demand one.
	 */
	private void refreshPrincipal(String username, HttpServletRequest request, HttpServletResponse response) {
		staffService.findCredentials(username)
			.map(credentials -> new StaffUserDetails(credentials, secondFactors.isEnrolled(username)))
			.ifPresent(staff -> SignedInSessions.replace(staff, false, request, response));
	}

	private static boolean mustChangePassword(Authentication authentication) {
		return authentication.getPrincipal() instanceof StaffUserDetails staff && staff.isMustChangePassword();
	}

	static class PasswordForm {

		@NotBlank(message = "{validation.required}")
		private String currentPassword;

		@NotBlank(message = "{validation.required}")
		@AcceptablePassword
		private String newPassword;

		@NotBlank(message = "{validation.required}")
		private String confirmation;

		private boolean signOutElsewhere = true;

		public boolean isSignOutElsewhere() {
			return signOutElsewhere;
		}

		public void setSignOutElsewhere(boolean signOutElsewhere) {
			this.signOutElsewhere = signOutElsewhere;
		}

		public String getCurrentPassword() {
			return currentPassword;
		}

		public void setCurrentPassword(String currentPassword) {
			this.currentPassword = currentPassword;
		}

		public String getNewPassword() {
			return newPassword;
		}

		public void setNewPassword(String newPassword) {
			this.newPassword = newPassword;
		}

		public String getConfirmation() {
			return confirmation;
		}

		public void setConfirmation(String confirmation) {
			this.confirmation = confirmation;
		}

	}

	static class TokenForm {

		@NotBlank(message = "{validation.required}")
		@Size(max = 100, message = "{validation.too-long}")
		private String name;

		private Long validDays;

		private boolean readOnly;

		public Long getValidDays() {
			return validDays;
		}

		public void setValidDays(Long validDays) {
			this.validDays = validDays;
		}

		public boolean isReadOnly() {
			return readOnly;
		}

		public void setReadOnly(boolean readOnly) {
			this.readOnly = readOnly;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

	}

}
