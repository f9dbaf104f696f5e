package io.servicedesk.client.web;

import io.servicedesk.client.ClientKind;
import io.servicedesk.client.Email;
import io.servicedesk.client.PhoneNumber;
import io.servicedesk.staff.SupportedLanguage;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The checks Bean Validation cannot express: e-mail syntax, a phone number that
 * normalises to E.164, a known language and country, and the name a person or a company
 * needs. Values left out are not checked here (the required ones are annotated on the
 * request), so a partial update checks only what it changes.
 */
class ContactInputValidator implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return ContactInput.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		ContactInput input = (ContactInput) target;
		if (input.kind() == ClientKind.INDIVIDUAL && isBlank(input.name())) {
			errors.rejectValue("name", "client.name.required");
		}
		if (input.kind() == ClientKind.COMPANY && isBlank(input.companyName())) {
			errors.rejectValue("companyName", "client.company-name.required");
		}
		if (!isBlank(input.email()) && !Email.isValid(input.email())) {
			errors.rejectValue("email", "client.email.invalid");
		}
		boolean countryValid = isBlank(input.country()) || input.country().trim().matches("[A-Za-z]{2}");
		if (!countryValid) {
			errors.rejectValue("country", "client.country.invalid");
		}
		if (!isBlank(input.phone())
				&& PhoneNumber.parse(input.phone(), countryValid ? input.country() : null).isEmpty()) {
			errors.rejectValue("phone", "client.phone.invalid");
		}
		if (!isBlank(input.preferredLanguage()) && SupportedLanguage.fromTag(input.preferredLanguage()).isEmpty()) {
			errors.rejectValue("preferredLanguage", "client.language.invalid");
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
