package io.servicedesk.casework.web;

import java.util.Map;

import io.servicedesk.shared.ContentTooLargeException;

import org.springframework.stereotype.Component;

/**
 * How long each text of a case page may be, as {@code @caseTextLimits} in the templates
 * (the fields' {@code maxlength} and the count beside them) and checked before a step is
 * taken: a longer text is refused with 413 and the page shows again with everything the
 * user typed. The limits are those of the API's requests and of the columns that keep the
 * texts.
 */
@Component("caseTextLimits")
public class CaseTextLimits {

	/** A message, note, answer, finding or proposal. */
	public static final int MESSAGE = 20_000;

	private static final Map<String, Integer> LIMITS = Map.of("question", 4000, "resolution", 4000, "comment", 4000,
			"reason", 2000, "to", 320, "via", 20, "team", 100, "rootCause", 64, "currency", 3, "amount", 24);

	/** The longest text the field of a case page takes. */
	public int max(String field) {
		return LIMITS.getOrDefault(field, MESSAGE);
	}

	/** Refuses the first text that is longer than its field takes. */
	static void check(Map<String, String> typed) {
		CaseTextLimits limits = new CaseTextLimits();
		typed.forEach((field, text) -> {
			if (text != null && text.length() > limits.max(field)) {
				throw new ContentTooLargeException("case.text.too-long", limits.max(field), text.length());
			}
		});
	}

}
