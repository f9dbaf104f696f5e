package io.servicedesk.document;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a document is, what it is about, and its name in URLs ({@code acknowledgement},
 * {@code order-confirmation}, ...).
 */
public enum DocumentKind {

	/** The letter that confirms a complaint was received and says what happens next. */
	COMPLAINT_ACKNOWLEDGEMENT("acknowledgement", Subject.COMPLAINT),
	/** The decision on a complaint: outcome, remedy, amount, reasons, how to appeal. */
	COMPLAINT_DECISION("decision", Subject.COMPLAINT),
	/** What the client ordered, for how much, and when it is to arrive. */
	ORDER_CONFIRMATION("order-confirmation", Subject.ORDER),
	/** The refund of a returned order. */
	REFUND_CONFIRMATION("refund-confirmation", Subject.ORDER),
	/** An account's orders, payments and refunds over a period. */
	ACCOUNT_STATEMENT("statement", Subject.ACCOUNT);

	/** What a kind of document is about. */
	public enum Subject {

		COMPLAINT, ORDER, ACCOUNT

	}

	private final String slug;

	private final Subject subject;

	DocumentKind(String slug, Subject subject) {
		this.slug = slug;
		this.subject = subject;
	}

	public String slug() {
		return slug;
	}

	public Subject subject() {
		return subject;
	}

	/** The message key of the kind's name. */
	public String messageKey() {
		return "document.kind." + slug;
	}

	/**
	 * The kind a URL names, by its slug or its constant ({@code decision},
	 * {@code COMPLAINT_DECISION}).
	 */
	public static Optional<DocumentKind> of(String name) {
		if (name == null) {
			return Optional.empty();
		}
		String wanted = name.strip();
		return Arrays.stream(values())
			.filter(kind -> kind.slug.equals(wanted.toLowerCase(Locale.ROOT)) || kind.name().equals(wanted))
			.findFirst();
	}

}
