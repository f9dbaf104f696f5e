package io.servicedesk.inquiry;

import io.servicedesk.shared.NotFoundException;

/**
 * No inquiry with this reference.
 */
public class InquiryNotFoundException extends NotFoundException {

	public InquiryNotFoundException(String reference) {
		super("inquiry", reference);
	}

}
