package io.servicedesk.casework;

import io.servicedesk.client.ClientDetails;

/**
 * How the desk's words reach the client: by e-mail (to the client's address, or to
 * another one staff chose), said on the phone or in person (recorded, nothing sent), or
 * not at all yet (recorded only: the client has no address and nobody said how).
 *
 * @param to the address chosen for an e-mail, {@code null} for the client's own
 */
public record ReplyRoute(Via via, String to) {

	public enum Via {

		EMAIL, PHONE, IN_PERSON, NONE

	}

	public ReplyRoute {
		to = via == Via.EMAIL && to != null && !to.isBlank() ? to.strip() : null;
	}

	public static ReplyRoute email(String to) {
		return new ReplyRoute(Via.EMAIL, to);
	}

	public static ReplyRoute of(Via via) {
		return new ReplyRoute(via, null);
	}

	/**
	 * What an API call asked for: a route, an address alone (an e-mail to it), or nothing
	 * ({@code null}: the default).
	 */
	public static ReplyRoute requested(Via via, String to) {
		if (via == null) {
			return to == null || to.isBlank() ? null : email(to);
		}
		return new ReplyRoute(via, to);
	}

	/** Nothing said: by e-mail where the client has an address, else recorded only. */
	public static ReplyRoute defaultFor(ClientDetails client) {
		return client.email() != null ? email(null) : of(Via.NONE);
	}

}
