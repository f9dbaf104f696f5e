package io.servicedesk.inquiry;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.casework.NewClientContact;
import io.servicedesk.shared.Priority;

/**
 * An inquiry to record: for an existing client ({@code clientNumber}) or a client known
 * only by name and e-mail or phone ({@code newClient}, matched against existing clients
 * first). {@code priority} {@code null} takes the category's default.
 */
public record NewInquiry(String clientNumber, NewClientContact newClient, CaseChannel channel, String subject,
		String body, Priority priority, String categoryCode, String accountNumber, String orderNumber,
		boolean assignToMe) {
}
