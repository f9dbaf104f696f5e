package io.servicedesk.inquiry;

import java.util.Set;

/**
 * Where an inquiry stands (docs/architecture.md, "Lifecycles"): NEW → OPEN →
 * WAITING_ON_CLIENT ⇄ OPEN → RESOLVED → CLOSED; a client's reply reopens a RESOLVED
 * inquiry; CLOSED is final.
 */
public enum InquiryStatus {

	NEW, OPEN, WAITING_ON_CLIENT, RESOLVED, CLOSED;

	/** The statuses an agent may move the inquiry to from this one. */
	public Set<InquiryStatus> next() {
		return switch (this) {
			case NEW -> Set.of(OPEN);
			case OPEN -> Set.of(WAITING_ON_CLIENT, RESOLVED);
			case WAITING_ON_CLIENT -> Set.of(OPEN);
			case RESOLVED -> Set.of(OPEN, CLOSED);
			case CLOSED -> Set.of();
		};
	}

	/** Still to be worked on: in the queues unless a status is asked for. */
	public boolean isActive() {
		return this == NEW || this == OPEN || this == WAITING_ON_CLIENT;
	}

}
