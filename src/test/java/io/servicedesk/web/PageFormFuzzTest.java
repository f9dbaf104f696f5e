package io.servicedesk.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every page and form of the application, found from its request mappings, sent malformed
 * values in the fields the forms use — control characters, a megabyte, impossible
 * numbers, dates and choices — as an administrator (who may open every page) and as htmx
 * does: no answer may be 500 or more.
 */
@IntegrationTest
class PageFormFuzzTest {

	private static final List<String> VALUES = List.of("\u0000", "\u001b", "x".repeat(1024 * 1024), "-1",
			"99999999999999999999999", "abc", "2026-13-45", "NOT_A_VALUE", "", "<script>alert(1)</script>");

	private static final List<String> FIELDS = List.of("name", "kind", "companyName", "email", "phone", "street",
			"postalCode", "city", "country", "preferredLanguage", "preferredChannel", "segment", "tags", "notes",
			"subject", "body", "channel", "priority", "category", "status", "version", "resolution", "assignee", "team",
			"reason", "summary", "direction", "durationMinutes", "rating", "comment", "language", "username",
			"displayName", "role", "temporaryPassword", "currentPassword", "newPassword", "confirmation", "q", "view",
			"after", "before", "from", "to", "severity", "amount", "currency", "outcome", "remedy", "rootCause",
			"message", "decision", "answerDueAt", "lead", "code", "defaultPriority", "validDays", "readOnly",
			"returnTo", "clientNumber", "accountNumber", "orderNumber", "type", "item", "done", "promisedDeliveryDate",
			"refundAmount", "clientInformedVia", "sort", "page", "active");

	private static final Set<String> LONG_TEXTS = Set.of("body", "comment", "q");

	private static final Set<String> SKIPPED = Set.of("/error", "/logout");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService staff;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void noPageOrFormAnswersMalformedInputWithAServerError() {
		UserDetails admin = staff.loadUserByUsername("admin");
		List<String> failures = new ArrayList<>();
		int requests = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
			if (mapping.getValue().getBeanType().isAnnotationPresent(RestController.class)) {
				continue;
			}
			Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
			for (String pattern : mapping.getKey().getPatternValues()) {
				if (SKIPPED.contains(pattern) || pattern.startsWith("/api/") || pattern.startsWith("/v3/")
						|| pattern.startsWith("/swagger")) {
					continue;
				}
				String path = pattern.replaceAll("\\{[^}]+}", "C-999999991");
				for (String value : VALUES) {
					for (boolean htmx : new boolean[] { false, true }) {
						MockHttpServletRequestBuilder request = methods.contains(RequestMethod.POST)
								? post(path).with(csrf()) : get(path);
						request.with(user(admin));
						if (htmx) {
							request.header("HX-Request", "true");
						}
						// a megabyte in the fields that take long texts, not in all of
						// them at once
						FIELDS.forEach(field -> request.param(field,
								value.length() > 1000 && !LONG_TEXTS.contains(field) ? "x" : value));
						requests++;
						String what = (methods.contains(RequestMethod.POST) ? "POST " : "GET ") + path
								+ (htmx ? " (htmx)" : "") + " with " + abbreviate(value);
						try {
							int status = mvc.perform(request).andReturn().getResponse().getStatus();
							if (status >= 500) {
								failures.add(status + " for " + what);
							}
						}
						catch (Exception failed) {
							failures.add(failed.getClass().getSimpleName() + " for " + what + ": "
									+ abbreviate(String.valueOf(failed.getMessage())));
						}
					}
				}
			}
		}

		assertThat(requests).isGreaterThan(500);
		assertThat(failures).isEmpty();
	}

	private static String abbreviate(String text) {
		String visible = text.replace("\u0000", "\\0").replace("\u001b", "\\e");
		return visible.length() > 60 ? visible.substring(0, 60) + "…" : visible;
	}

}
