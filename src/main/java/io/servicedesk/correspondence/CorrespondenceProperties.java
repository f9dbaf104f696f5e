package io.servicedesk.correspondence;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code servicedesk.mail.*}: who the desk's mail comes from, where the links in it lead,
 * the key of the reply addresses' tokens, and how the delivery worker sends.
 *
 * @param from the desk's address; replies come back to it with the case and a token after
 * a {@code +} ({@code desk+inq-000123.k3j5...@example.com}), so the mail server must
 * deliver such sub-addresses to the desk's mailbox (most do)
 * @param fromName the name the desk signs with
 * @param publicUrl where clients reach the application (links in mail, such as the
 * survey's)
 * @param replyTokenSecret the key of the reply addresses' tokens; without it the database
 * makes one once and every node uses that
 * @param deliveryEnabled whether this node's worker sends (the outbox fills either way;
 * {@code servicedesk.mail.delivery-interval} says how often it looks)
 * @param batchSize messages claimed at a time
 * @param maxAttempts attempts before a message is given up as failed
 * @param retryAfter the pause after the first failed attempt; it doubles with each
 * further one, up to {@code retryAtMost}
 * @param claimFor how long a claimed message is left to the node that claimed it before
 * another node may take it (a node that crashed between claim and send)
 * @param zone the time zone in which dates in mail are written (the desk's)
 */
@ConfigurationProperties("servicedesk.mail")
public record CorrespondenceProperties(String from, String fromName, String publicUrl, String replyTokenSecret,
		Boolean deliveryEnabled, Integer batchSize, Integer maxAttempts, Duration retryAfter, Duration retryAtMost,
		Duration claimFor, ZoneId zone) {

	public CorrespondenceProperties {
		from = from == null || from.isBlank() ? "desk@servicedesk.local" : from.strip();
		fromName = fromName == null || fromName.isBlank() ? "Service Desk" : fromName.strip();
		publicUrl = publicUrl == null || publicUrl.isBlank() ? "http://localhost:8080" : stripSlash(publicUrl.strip());
		deliveryEnabled = deliveryEnabled == null || deliveryEnabled;
		batchSize = batchSize == null ? 50 : batchSize;
		maxAttempts = maxAttempts == null ? 8 : maxAttempts;
		retryAfter = retryAfter == null ? Duration.ofSeconds(30) : retryAfter;
		retryAtMost = retryAtMost == null ? Duration.ofHours(1) : retryAtMost;
		claimFor = claimFor == null ? Duration.ofMinutes(2) : claimFor;
		zone = zone == null ? ZoneId.of("Europe/Warsaw") : zone;
	}

	/** The part of the desk's address before the {@code @}. */
	String localPart() {
		return from.substring(0, from.indexOf('@'));
	}

	/** The desk's mail domain, which also ends every {@code Message-ID} it makes. */
	String domain() {
		return from.substring(from.indexOf('@') + 1);
	}

	private static String stripSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
