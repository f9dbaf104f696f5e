package io.servicedesk.workspace;

import java.util.List;

import io.servicedesk.client.ClientPage;
import io.servicedesk.client.ClientService;

import org.springframework.stereotype.Service;

/**
 * Finds the client on the line from whatever the caller quotes: their number, name,
 * e-mail or phone, or the number of one of their accounts or orders.
 */
@Service
public class ClientFinder {

	private final ClientService clients;

	private final List<ClientReferenceResolver> resolvers;

	ClientFinder(ClientService clients, List<ClientReferenceResolver> resolvers) {
		this.clients = clients;
		this.resolvers = resolvers;
	}

	public ClientPage find(String query, int limit, String after) {
		List<Long> byReference = query == null || query.isBlank() ? List.of()
				: resolvers.stream().flatMap(resolver -> resolver.clientIds(query.trim()).stream()).toList();
		return clients.search(query, byReference, limit, after);
	}

}
