package io.servicedesk.correspondence;

/**
 * What the administrators' list of outgoing mail is narrowed to ({@code null}: any).
 *
 * @param clientNumber a client's number such as {@code C-000123}
 */
public record OutgoingMessageFilter(DeliveryState state, MailKind kind, String clientNumber) {

	public static OutgoingMessageFilter none() {
		return new OutgoingMessageFilter(null, null, null);
	}

}
