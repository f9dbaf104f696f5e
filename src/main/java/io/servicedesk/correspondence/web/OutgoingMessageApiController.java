package io.servicedesk.correspondence.web;

import java.security.Principal;
import java.time.Instant;
import java.util.List;

import io.servicedesk.correspondence.Correspondence;
import io.servicedesk.correspondence.Delivery;
import io.servicedesk.correspondence.DeliveryState;
import io.servicedesk.correspondence.MailKind;
import io.servicedesk.correspondence.OutgoingMessageFilter;
import io.servicedesk.correspondence.OutgoingMessageView;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/outgoing-messages} (administrators): the outgoing mail with its
 * delivery, newest first by state, kind and client, keyset-paginated; a failed or bounced
 * message sent again, a waiting or failed one cancelled.
 */
@RestController
@RequestMapping("/api/v1/outgoing-messages")
class OutgoingMessageApiController {

	private final Correspondence correspondence;

	OutgoingMessageApiController(Correspondence correspondence) {
		this.correspondence = correspondence;
	}

	@GetMapping
	Page<Resource> list(@RequestParam(required = false) DeliveryState state,
			@RequestParam(required = false) MailKind kind, @RequestParam(required = false) String client,
			@RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) Long after) {
		int size = Math.max(1, Math.min(limit, 200));
		List<OutgoingMessageView> found = correspondence.search(new OutgoingMessageFilter(state, kind, client), after,
				size + 1);
		List<Resource> items = found.stream().limit(size).map(Resource::of).toList();
		return new Page<>(items, found.size() > size ? Long.toString(items.get(items.size() - 1).id()) : null);
	}

	@GetMapping("/{id}")
	Resource get(@PathVariable long id) {
		return Resource.of(correspondence.get(id));
	}

	@PostMapping("/{id}/retry")
	Resource retry(@PathVariable long id, Principal principal) {
		return Resource.of(correspondence.retry(id, principal.getName()));
	}

	@PostMapping("/{id}/cancel")
	Resource cancel(@PathVariable long id, Principal principal) {
		return Resource.of(correspondence.cancel(id, principal.getName()));
	}

	record Resource(long id, String kind, long clientId, String caseReference, String language, String subject,
			String messageId, String queuedBy, Instant queuedAt, Delivery delivery) {

		static Resource of(OutgoingMessageView view) {
			return new Resource(view.id(), view.kind().name(), view.clientId(), view.caseRef(), view.language(),
					view.subject(), view.messageId(), view.queuedBy(), view.queuedAt(), view.delivery());
		}

	}

	/**
	 * A page of a list: its items and the cursor of the next page ({@code null}: the
	 * last).
	 */
	record Page<T>(List<T> items, String next) {
	}

}
