package io.servicedesk.web;

import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Gives every server error a short reference that the error page shows and the log
 * records with the stack trace, so a user's report leads straight to the cause without
 * the page ever showing internals.
 */
@Component
class ErrorReferenceAttributes extends DefaultErrorAttributes {

	private static final Logger log = LoggerFactory.getLogger(ErrorReferenceAttributes.class);

	private static final String REFERENCE_ATTRIBUTE = ErrorReferenceAttributes.class.getName() + ".reference";

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		Object status = attributes.get("status");
		if (status instanceof Integer code && code >= 500) {
			attributes.put("reference", referenceFor(request, attributes));
		}
		Object field = request.getAttribute(InputCharacterFilter.FIELD_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		if (field instanceof String name) {
			attributes.put("field", name);
		}
		return attributes;
	}

	private String referenceFor(WebRequest request, Map<String, Object> attributes) {
		Object existing = request.getAttribute(REFERENCE_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		if (existing instanceof String reference) {
			return reference;
		}
		String reference = "ERR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		request.setAttribute(REFERENCE_ATTRIBUTE, reference, RequestAttributes.SCOPE_REQUEST);
		log.error("Server error {} at {}", reference, attributes.get("path"), getError(request));
		return reference;
	}

}
