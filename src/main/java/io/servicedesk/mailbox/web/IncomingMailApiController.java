package io.servicedesk.mailbox.web;

import java.security.Principal;
import java.util.List;

import io.servicedesk.mailbox.IncomingMailState;
import io.servicedesk.mailbox.IncomingMailView;
import io.servicedesk.mailbox.Mailbox;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/incoming-mail} (administrators): what was read from the desk's mailbox
 * and what became of it, newest first, by state ({@code SET_ASIDE}: what waits for an
 * administrator), keyset-paginated; a set-aside message processed again.
 */
@RestController
@RequestMapping("/api/v1/incoming-mail")
class IncomingMailApiController {

	private final Mailbox mailbox;

	IncomingMailApiController(Mailbox mailbox) {
		this.mailbox = mailbox;
	}

	@GetMapping
	Page<IncomingMailView> list(@RequestParam(required = false) IncomingMailState state,
			@RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) Long after) {
		int size = Math.max(1, Math.min(limit, 200));
		List<IncomingMailView> found = mailbox.list(state, after, size + 1);
		List<IncomingMailView> items = found.stream().limit(size).toList();
		return new Page<>(items, found.size() > size ? Long.toString(items.get(items.size() - 1).id()) : null);
	}

	@GetMapping("/{id}")
	IncomingMailView get(@PathVariable long id) {
		return mailbox.get(id);
	}

	@PostMapping("/{id}/reprocess")
	IncomingMailView reprocess(@PathVariable long id, Principal principal) {
		return mailbox.reprocess(id, principal.getName());
	}

	/**
	 * A page of a list: its items and the cursor of the next page ({@code null}: the
	 * last).
	 */
	record Page<T>(List<T> items, String next) {
	}

}
