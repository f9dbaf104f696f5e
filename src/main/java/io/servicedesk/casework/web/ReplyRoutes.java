package io.servicedesk.casework.web;

import io.servicedesk.casework.ReplyRoute;
import io.servicedesk.shared.RuleViolationException;

/**
 * The route a case page's reply form chose: {@code EMAIL} (the client's address),
 * {@code OTHER} (another address, in {@code to}), {@code PHONE} or {@code IN_PERSON}.
 */
public final class ReplyRoutes {

	private ReplyRoutes() {
	}

	/** The route chosen; {@code null} when the form said none. */
	public static ReplyRoute parse(String via, String to) {
		if (via == null || via.isBlank()) {
			return null;
		}
		return switch (via.strip()) {
			case "EMAIL" -> ReplyRoute.email(null);
			case "OTHER" -> {
				if (to == null || to.isBlank()) {
					throw new RuleViolationException("case.reply.address-invalid");
				}
				yield ReplyRoute.email(to);
			}
			case "PHONE" -> ReplyRoute.of(ReplyRoute.Via.PHONE);
			case "IN_PERSON" -> ReplyRoute.of(ReplyRoute.Via.IN_PERSON);
			default -> throw new RuleViolationException("case.reply.address-invalid");
		};
	}

}
