package io.servicedesk.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error the container or the framework answers itself (an unknown address, a method
 * not allowed, a request the firewall refused, an exception no handler took) in the
 * product's own form: a page in the frame, in the reader's language, or on the API and
 * the operations endpoints a problem body (RFC 9457).
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPageController implements ErrorController {

	/** Statuses with a page of their own; the others share {@code error/error}. */
	private static final Set<Integer> OWN_PAGES = Set.of(400, 403, 404, 409, 500);

	private final ErrorAttributes errorAttributes;

	private final ApiProblems problems;

	private final ErrorTexts texts;

	ErrorPageController(ErrorAttributes errorAttributes, ApiProblems problems, ErrorTexts texts) {
		this.errorAttributes = errorAttributes;
		this.problems = problems;
		this.texts = texts;
	}

	@RequestMapping
	Object error(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		int status = statusOf(request);
		Map<String, Object> attributes = errorAttributes.getErrorAttributes(new ServletWebRequest(request),
				ErrorAttributeOptions.defaults());
		response.setStatus(status);
		if (ApiProblems.isApiRequest(request)) {
			return ResponseEntity.status(status)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problems.body(request, problemFor(status, attributes)));
		}
		ModelAndView page = new ModelAndView(OWN_PAGES.contains(status) ? "error/" + status : "error/error");
		page.setStatus(HttpStatus.valueOf(status));
		page.addObject("status", status);
		page.addObject("errorTitle", texts.title(status, locale));
		page.addObject("errorMessage", texts.message(status, locale));
		page.addObject("reference", attributes.get("reference"));
		page.addObject("field", attributes.get("field"));
		return page;
	}

	private ApiProblems.Problem problemFor(int status, Map<String, Object> attributes) {
		if (attributes.get("field") instanceof String field) {
			return ApiProblems.invalidFields(status, List.of(field), "validation.control-characters");
		}
		if (attributes.get("reference") instanceof String reference) {
			return new ApiProblems.Problem(status, texts.titleKeyFor(status), "error.500.detail",
					new Object[] { reference }, List.of(), Map.<String, Object>of("reference", reference));
		}
		return new ApiProblems.Problem(status, texts.titleKeyFor(status), texts.messageKeyFor(status),
				new Object[] { status }, List.of(), Map.<String, Object>of());
	}

	private static int statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer status && status >= 400 && status < 600) {
			return status;
		}
		return HttpStatus.INTERNAL_SERVER_ERROR.value();
	}

}
