package io.servicedesk.survey.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.servicedesk.survey.SurveyClosedException;
import io.servicedesk.survey.SurveyInvitationView;
import io.servicedesk.survey.SurveyNotFoundException;
import io.servicedesk.survey.Surveys;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The public survey page: no sign-in, in the client's language, one answer per
 * invitation. Every outcome is a page of its own with the right status; nothing here
 * shows the staff frame.
 */
@Controller
class SurveyController {

	private static final String PAGE = "survey/page";

	private final Surveys surveys;

	private final SurveyRateLimiter limiter;

	private final LocaleResolver localeResolver;

	private final Clock clock;

	private final Validator validator;

	SurveyController(Surveys surveys, SurveyRateLimiter limiter, LocaleResolver localeResolver, Clock clock,
			@Qualifier("defaultValidator") Validator validator) {
		this.surveys = surveys;
		this.limiter = limiter;
		this.localeResolver = localeResolver;
		this.clock = clock;
		this.validator = validator;
	}

	@GetMapping("/survey/{token}")
	String show(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
		if (!limiter.allows(request.getRemoteAddr())) {
			return state(State.LIMITED, HttpStatus.TOO_MANY_REQUESTS, response, model);
		}
		SurveyInvitationView invitation = surveys.find(token);
		speak(invitation, request, response);
		model.addAttribute("invitation", invitation);
		if (invitation.answered()) {
			return state(State.THANKS, HttpStatus.OK, response, model);
		}
		if (!invitation.expiresAt().isAfter(clock.instant())) {
			return expired(invitation, response, model);
		}
		model.addAttribute("surveyForm", new SurveyForm());
		return state(State.FORM, HttpStatus.OK, response, model);
	}

	@PostMapping("/survey/{token}")
	String answer(@PathVariable String token, @ModelAttribute SurveyForm surveyForm, BindingResult binding,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		if (!limiter.allows(request.getRemoteAddr())) {
			return state(State.LIMITED, HttpStatus.TOO_MANY_REQUESTS, response, model);
		}
		SurveyInvitationView invitation = surveys.find(token);
		speak(invitation, request, response);
		model.addAttribute("invitation", invitation);
		// validated only now, so that the messages speak the client's language rather
		// than the browser's
		validator.validate(surveyForm, binding);
		if (binding.hasErrors()) {
			return state(State.FORM, HttpStatus.BAD_REQUEST, response, model);
		}
		try {
			surveys.answer(token, surveyForm.getRating(), surveyForm.getComment());
		}
		catch (SurveyClosedException ex) {
			return closed(ex, invitation, response, model);
		}
		return "redirect:/survey/" + token;
	}

	@ExceptionHandler
	String unknown(SurveyNotFoundException ex, HttpServletResponse response, Model model) {
		return state(State.UNKNOWN, HttpStatus.NOT_FOUND, response, model);
	}

	private String closed(SurveyClosedException ex, SurveyInvitationView invitation, HttpServletResponse response,
			Model model) {
		return ex.getReason() == SurveyClosedException.Reason.EXPIRED ? expired(invitation, response, model)
				: state(State.ALREADY, HttpStatus.CONFLICT, response, model);
	}

	private String expired(SurveyInvitationView invitation, HttpServletResponse response, Model model) {
		model.addAttribute("validUntil", LocalDate.ofInstant(invitation.expiresAt(), ZoneOffset.UTC));
		return state(State.EXPIRED, HttpStatus.GONE, response, model);
	}

	/** The page speaks the client's language, whatever the browser says. */
	private void speak(SurveyInvitationView invitation, HttpServletRequest request, HttpServletResponse response) {
		localeResolver.setLocale(request, response, invitation.language().locale());
	}

	private static String state(State state, HttpStatus status, HttpServletResponse response, Model model) {
		response.setStatus(status.value());
		model.addAttribute("state", state.name());
		return PAGE;
	}

	private enum State {

		FORM, THANKS, ALREADY, EXPIRED, UNKNOWN, LIMITED

	}

}
