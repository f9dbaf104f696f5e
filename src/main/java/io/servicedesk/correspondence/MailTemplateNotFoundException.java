package io.servicedesk.correspondence;

import io.servicedesk.shared.NotFoundException;

/** No standard notice has this name. */
public class MailTemplateNotFoundException extends NotFoundException {

	public MailTemplateNotFoundException(String key) {
		super("mail template", key);
	}

}
