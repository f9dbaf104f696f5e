package io.servicedesk.inquiry.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.casework.web.ClientContactRequest;
import io.servicedesk.inquiry.NewInquiry;
import io.servicedesk.shared.Priority;

/**
 * {@code POST /api/v1/inquiries}: an existing client's number, or a new client's name
 * with an e-mail or phone.
 */
record InquiryRequest(@Size(max = 16) String clientNumber, @Valid ClientContactRequest client,
		@NotNull CaseChannel channel, @NotBlank @Size(max = 200) String subject,
		@NotBlank @Size(max = 20000) String body, Priority priority, @Size(max = 40) String category,
		@Size(max = 16) String accountNumber, @Size(max = 16) String orderNumber) {

	NewInquiry toCommand() {
		return new NewInquiry(clientNumber, client == null ? null : client.toContact(), channel, subject, body,
				priority, category, accountNumber, orderNumber, false);
	}

}
