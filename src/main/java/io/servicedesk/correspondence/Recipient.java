package io.servicedesk.correspondence;

import io.servicedesk.client.Email;
import io.servicedesk.shared.RuleViolationException;

/**
 * One address to send to, with the name shown beside it. Exactly one syntactically valid
 * address (so a list, a comment or a line break cannot add recipients), and a name
 * without line breaks or control characters (so it cannot add headers).
 */
record Recipient(String address, String name) {

	static Recipient of(String address, String name) {
		if (address == null || !Email.isValid(address)) {
			throw new RuleViolationException("mail.address.invalid", address == null ? "" : MailText.header(address));
		}
		String display = MailText.header(name);
		return new Recipient(new Email(address).value(),
				display == null || display.isEmpty() ? null : Limits.cut(display, 200));
	}

}
