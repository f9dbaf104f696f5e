package io.servicedesk.casework.web;

import java.util.Arrays;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.servicedesk.casework.NewClientContact;
import io.servicedesk.client.Email;

import org.springframework.core.MethodParameter;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.bind.MethodArgumentNotValidException;

/**
 * The new client of an API request that creates a case ({@code "client": {...}}), given
 * instead of an existing client's number: a name and an e-mail address and/or a phone
 * number, matched against the known clients before anyone is registered.
 */
public record ClientContactRequest(@NotBlank @Size(max = 200) String name, @Size(max = 320) String email,
		@Size(max = 40) String phone, @Size(max = 2) String preferredLanguage) {

	/** The longest {@code Idempotency-Key} kept. */
	public static final int MAX_IDEMPOTENCY_KEY = 200;

	public NewClientContact toContact() {
		return new NewClientContact(name, email, phone, preferredLanguage);
	}

	/**
	 * Validates a create request's body and its client part: its own constraints, then
	 * either a client number or a new client with a valid e-mail address or a phone
	 * number, and the length of the {@code Idempotency-Key}. Refused as a 400 problem
	 * that names the fields.
	 */
	public static void validate(Validator validator, Object request, String clientNumber, ClientContactRequest client,
			String idempotencyKey, Class<?> controller) throws MethodArgumentNotValidException {
		MethodParameter parameter = body(controller, request.getClass());
		BindingResult result = new BeanPropertyBindingResult(request,
				parameter.getParameterName() == null ? "request" : parameter.getParameterName());
		validator.validate(request, result);
		boolean hasNumber = clientNumber != null && !clientNumber.isBlank();
		if (!hasNumber && client == null) {
			result.rejectValue("clientNumber", "case.client.required");
		}
		if (!hasNumber && client != null) {
			boolean noEmail = client.email() == null || client.email().isBlank();
			boolean noPhone = client.phone() == null || client.phone().isBlank();
			if (noEmail && noPhone) {
				result.rejectValue("client.email", "case.client.contact-required");
			}
			else if (!noEmail && !Email.isValid(client.email())) {
				result.rejectValue("client.email", "client.email.invalid");
			}
		}
		if (idempotencyKey != null && idempotencyKey.length() > MAX_IDEMPOTENCY_KEY) {
			result.reject("case.idempotency-key.too-long");
		}
		if (result.hasErrors()) {
			throw new MethodArgumentNotValidException(parameter, result);
		}
	}

	/** The request body parameter of the controller's {@code create} method. */
	private static MethodParameter body(Class<?> controller, Class<?> bodyType) {
		return Arrays.stream(controller.getDeclaredMethods())
			.filter(method -> method.getName().equals("create") && method.getParameterCount() > 0
					&& method.getParameterTypes()[0] == bodyType)
			.findFirst()
			.map(method -> new MethodParameter(method, 0))
			.orElseThrow(() -> new IllegalStateException(controller + " has no create(" + bodyType + ", ...)"));
	}

}
