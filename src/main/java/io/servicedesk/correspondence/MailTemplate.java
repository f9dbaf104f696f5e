package io.servicedesk.correspondence;

import java.time.Instant;

/**
 * The text of a standard notice (or of the signature) in one language: as shipped, or as
 * an administrator changed it.
 *
 * @param key the {@link MailKind} of a notice, or {@link MailTemplates#SIGNATURE}
 * @param language the language tag ({@code en}, {@code pl}, …)
 * @param subject the subject line ({@code null} for the signature)
 * @param customised whether an administrator changed the shipped text
 */
public record MailTemplate(String key, String language, String subject, String body, boolean customised,
		String updatedBy, Instant updatedAt, long version) {
}
