package io.servicedesk.catalogue;

import io.servicedesk.staff.SupportedLanguage;

/**
 * A canned response as the reply editor and the administration see it.
 */
public record CannedResponseView(long id, String title, String body, SupportedLanguage language, boolean active,
		long version) {

	static CannedResponseView of(CannedResponse response) {
		return new CannedResponseView(response.getId(), response.getTitle(), response.getBody(), response.getLanguage(),
				response.isActive(), response.getVersion());
	}

}
