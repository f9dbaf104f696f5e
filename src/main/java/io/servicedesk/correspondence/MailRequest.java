package io.servicedesk.correspondence;

import java.util.Map;
import java.util.Objects;

/**
 * A message for a client to queue.
 *
 * @param kind what it is
 * @param clientId the client it goes to, in their preferred language
 * @param caseKind {@code INQUIRY} or {@code COMPLAINT} when it belongs to a case (its
 * reference then leads the subject, and it threads with the case's other mails)
 * @param caseRef the case's reference, or {@code null}
 * @param caseSubject the case's subject, for the subject line of words staff wrote
 * @param to another address than the client's, chosen by staff for a reply, or
 * {@code null}
 * @param text the words staff wrote (a reply, an acknowledgement, a decision); notices
 * are written from their template
 * @param values what the notice's placeholders stand for
 * @param sourceKey what caused a notice, so that it is queued once however often its
 * cause is reported (or {@code null})
 * @param actor who queues it: the staff member, or {@code system}
 */
public record MailRequest(MailKind kind, long clientId, String caseKind, String caseRef, String caseSubject, String to,
		String text, Map<String, String> values, String sourceKey, String actor) {

	public MailRequest {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(actor, "actor");
		values = values == null ? Map.of() : Map.copyOf(values);
		if (!kind.isNotice() && (text == null || text.isBlank())) {
			throw new IllegalArgumentException("A message staff write needs its text");
		}
	}

	/** Words staff wrote on a case, to the client's address or the one chosen. */
	public static MailRequest onCase(MailKind kind, long clientId, String caseKind, String caseRef, String caseSubject,
			String to, String text, String actor) {
		return new MailRequest(kind, clientId, caseKind, caseRef, caseSubject, to, text, Map.of(), null, actor);
	}

	/** A standard notice, written from its template in the client's language. */
	public static MailRequest notice(MailKind kind, long clientId, Map<String, String> values, String sourceKey,
			String actor) {
		return new MailRequest(kind, clientId, null, null, null, null, null, values, sourceKey, actor);
	}

	/** What the message is about: its case, account or order. */
	public String about() {
		if (caseRef != null) {
			return caseRef;
		}
		return values.getOrDefault("account.number", values.get("order.number"));
	}

	/** The same notice, about a case. */
	public MailRequest aboutCase(String kindOfCase, String reference) {
		return new MailRequest(kind, clientId, kindOfCase, reference, caseSubject, to, text, values, sourceKey, actor);
	}

}
