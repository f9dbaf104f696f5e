package io.servicedesk.order;

import java.time.Instant;
import java.time.LocalDate;

import io.servicedesk.client.ContactChannel;

/**
 * An order was declared delayed (possibly with a new promised date) and the client was
 * told how.
 */
public record OrderDelayed(long clientId, String orderNumber, String actor, Instant occurredAt,
		LocalDate newPromisedDate, ContactChannel clientInformedVia, String note) implements OrderEvent {
}
