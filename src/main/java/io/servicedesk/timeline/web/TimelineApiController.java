package io.servicedesk.timeline.web;

import java.net.URI;
import java.security.Principal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import io.servicedesk.client.ClientService;
import io.servicedesk.client.ContactChannel;
import io.servicedesk.timeline.Direction;
import io.servicedesk.timeline.LoggedInteraction;
import io.servicedesk.timeline.TimelineItem;
import io.servicedesk.timeline.TimelinePage;
import io.servicedesk.timeline.TimelineService;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/clients/{number}/timeline}: read the client's timeline (newest first,
 * keyset-paginated) and log a call or visit.
 */
@RestController
class TimelineApiController {

	private final TimelineService timeline;

	private final ClientService clients;

	TimelineApiController(TimelineService timeline, ClientService clients) {
		this.timeline = timeline;
		this.clients = clients;
	}

	@GetMapping("/api/v1/clients/{number}/timeline")
	TimelinePage page(@PathVariable String number, @RequestParam(defaultValue = "25") int limit,
			@RequestParam(required = false) String after, Principal principal) {
		return timeline.pageFor(principal.getName(), clients.require(number).id(), limit, after);
	}

	@PostMapping("/api/v1/clients/{number}/timeline")
	ResponseEntity<TimelineItem> log(@PathVariable String number, @Valid @RequestBody InteractionRequest request,
			Principal principal) {
		TimelineItem item = timeline.logInteraction(number, new LoggedInteraction(request.channel(),
				request.direction(), request.summary(), request.durationMinutes()), principal.getName());
		return ResponseEntity
			.created(URI.create("/api/v1/clients/" + number.toUpperCase(java.util.Locale.ROOT) + "/timeline"))
			.body(item);
	}

	record InteractionRequest(@NotNull ContactChannel channel, @NotNull Direction direction,
			@NotBlank @Size(max = 2000) String summary, @PositiveOrZero @Max(1440) Integer durationMinutes) {
	}

}
