package io.servicedesk.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.servlet.FlashMap;

/**
 * After the second factor: the page the person asked for, or — after a step-up for a form
 * they sent — the page of that form, with a word that they may send it again; otherwise
 * their home page. A recovery code used says how many are left.
 */
class SecondFactorSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

	SecondFactorSuccessHandler() {
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		HttpSession session = request.getSession();
		Object returnTo = session.getAttribute(SecondFactorEntryPoint.RETURN_TO);
		boolean stepUp = Boolean.TRUE.equals(session.getAttribute(SecondFactorEntryPoint.STEP_UP));
		session.removeAttribute(SecondFactorEntryPoint.RETURN_TO);
		session.removeAttribute(SecondFactorEntryPoint.STEP_UP);
		if (stepUp && returnTo instanceof String path) {
			FlashMap flash = new FlashMap();
			flash.put("flashSuccess", "mfa.step-up.confirmed");
			flashMaps.saveOutputFlashMap(flash, request, response);
			clearAuthenticationAttributes(request);
			getRedirectStrategy().sendRedirect(request, response, path);
			return;
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
