package io.servicedesk.workspace;

import java.util.List;

/**
 * Turns the number of something a client owns (an account, an order) into the client's
 * id.
 */
interface ClientReferenceResolver {

	List<Long> clientIds(String query);

}
