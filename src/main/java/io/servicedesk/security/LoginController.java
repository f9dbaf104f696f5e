package io.servicedesk.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Our own sign-in page. The reason of a failed attempt comes from the session, where
 * Spring Security keeps the last authentication failure; it is removed once shown.
 */
@Controller
class LoginController {

	private final ObjectProvider<ClientRegistrationRepository> clientRegistrations;

	LoginController(ObjectProvider<ClientRegistrationRepository> clientRegistrations) {
		this.clientRegistrations = clientRegistrations;
	}

	/** The identity providers to sign in with (single sign-on), as id and name. */
	@ModelAttribute("ssoProviders")
	List<Map.Entry<String, String>> ssoProviders() {
		List<Map.Entry<String, String>> providers = new ArrayList<>();
		if (clientRegistrations.getIfAvailable() instanceof Iterable<?> registrations) {
			for (Object registration : registrations) {
				if (registration instanceof ClientRegistration client) {
					providers.add(Map.entry(client.getRegistrationId(), client.getClientName()));
				}
			}
		}
		return providers;
	}

	@GetMapping(SingleSignOn.REFUSED_PAGE)
	String ssoRefused(HttpServletRequest request, Model model) {
		HttpSession session = request.getSession(false);
		Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
		if (session != null) {
			session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
		}
		if (failure instanceof SsoRefusedException refused) {
			model.addAttribute("messageKey", "sso.refused.unknown");
			model.addAttribute("identity", refused.identity());
		}
		else {
			model.addAttribute("messageKey", "sso.refused.generic");
		}
		return "login-sso-refused";
	}

	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current != null && current.isAuthenticated() && !(current instanceof AnonymousAuthenticationToken)) {
			return "redirect:/";
		}
		if (request.getParameter("error") != null) {
			HttpSession session = request.getSession(false);
			Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
			if (session != null) {
				session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
			}
			describe(failure, model);
		}
		if (request.getParameter("logout") != null) {
			model.addAttribute("infoKey", "login.signed-out");
		}
		if (request.getParameter("expired") != null) {
			model.addAttribute("infoKey", "login.session-ended");
		}
		return "login";
	}

	private static void describe(Object failure, Model model) {
		if (failure instanceof SignInThrottledException throttled) {
			model.addAttribute("errorKey", throttled instanceof AddressThrottledException
					? "login.error.address-throttled" : "login.error.throttled");
			model.addAttribute("errorArgument", throttled.minutesToWait());
		}
		else if (failure instanceof SsoOnlyException) {
			model.addAttribute("errorKey", "login.error.sso-only");
		}
		else if (failure instanceof DisabledException) {
			model.addAttribute("errorKey", "login.error.inactive");
		}
		else {
			model.addAttribute("errorKey", "login.error.bad-credentials");
		}
	}

}
