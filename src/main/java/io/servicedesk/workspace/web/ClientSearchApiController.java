package io.servicedesk.workspace.web;

import io.servicedesk.client.ClientPage;
import io.servicedesk.workspace.ClientFinder;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/clients?q=&limit=&after=}: the same search as the page,
 * keyset-paginated.
 */
@RestController
class ClientSearchApiController {

	private final ClientFinder finder;

	ClientSearchApiController(ClientFinder finder) {
		this.finder = finder;
	}

	@GetMapping("/api/v1/clients")
	ClientPage search(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "limit", defaultValue = "25") int limit,
			@RequestParam(name = "after", required = false) String after) {
		return finder.find(query, limit, after);
	}

}
