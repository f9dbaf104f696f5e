package io.servicedesk.timeline;

import io.servicedesk.client.ContactChannel;

/**
 * A call or visit an agent logs on the client's timeline.
 */
public record LoggedInteraction(ContactChannel channel, Direction direction, String summary, Integer durationMinutes) {
}
