package io.servicedesk.casework;

import io.servicedesk.client.ClientService;
import io.servicedesk.sla.CaseKind;
import io.servicedesk.staff.SupportedLanguage;
import io.servicedesk.survey.SurveyRequest;
import io.servicedesk.survey.Surveys;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The satisfaction survey of a resolved case: the client is asked how satisfied they are,
 * in their language, once per resolution.
 */
@Service
public class CaseSurveys {

	private final ClientService clients;

	private final Surveys surveys;

	CaseSurveys(ClientService clients, Surveys surveys) {
		this.clients = clients;
		this.surveys = surveys;
	}

	@Transactional
	public void invite(CaseKind kind, String caseRef, long clientId) {
		SupportedLanguage language = clients.get(clients.ref(clientId).number()).preferredLanguage();
		surveys.invite(new SurveyRequest(kind.name(), caseRef, clientId, language));
	}

}
