package io.servicedesk.survey;

import io.servicedesk.shared.NotFoundException;

/**
 * No invitation has this token.
 */
public class SurveyNotFoundException extends NotFoundException {

	SurveyNotFoundException() {
		// the token is not repeated: it is as good as a password for the invitation
		super("survey", "");
	}

}
