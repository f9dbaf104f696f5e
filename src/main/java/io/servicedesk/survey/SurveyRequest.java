package io.servicedesk.survey;

import java.util.Objects;

import io.servicedesk.staff.SupportedLanguage;

/**
 * What a resolved case asks of the survey: which case, which client, in which language.
 *
 * @param caseKind INQUIRY or COMPLAINT
 * @param caseRef the case's reference, such as INQ-000123
 * @param clientId the client the case belongs to
 * @param language the client's preferred language, in which the survey page speaks
 */
public record SurveyRequest(String caseKind, String caseRef, long clientId, SupportedLanguage language) {

	public SurveyRequest {
		Objects.requireNonNull(caseKind, "caseKind");
		Objects.requireNonNull(caseRef, "caseRef");
		language = language == null ? SupportedLanguage.fallback() : language;
	}

}
