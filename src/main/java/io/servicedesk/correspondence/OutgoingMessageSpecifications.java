package io.servicedesk.correspondence;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * The administrators' filters on outgoing mail; each one reads an index of
 * {@code outgoing_message} (by state, by client, or newest first).
 */
final class OutgoingMessageSpecifications {

	private OutgoingMessageSpecifications() {
	}

	static Specification<OutgoingMessage> matching(DeliveryState state, MailKind kind, Long clientId, Long before) {
		return (root, query, builder) -> {
			List<Predicate> where = new ArrayList<>();
			if (state != null) {
				where.add(builder.equal(root.get("state"), state));
			}
			if (kind != null) {
				where.add(builder.equal(root.get("kind"), kind));
			}
			if (clientId != null) {
				where.add(builder.equal(root.get("clientId"), clientId));
			}
			if (before != null) {
				where.add(builder.lessThan(root.get("id"), before));
			}
			return builder.and(where.toArray(Predicate[]::new));
		};
	}

}
