package io.servicedesk.catalogue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders a canned response may use, written {@code {{client.name}}}, and how
 * they are filled.
 */
public final class Placeholders {

	public static final String CLIENT_NAME = "client.name";

	/** How the letter opens, in the client's language and for the kind of client. */
	public static final String CLIENT_SALUTATION = "client.salutation";

	public static final String CASE_REFERENCE = "case.reference";

	public static final String AGENT_NAME = "agent.name";

	public static final List<String> KNOWN = List.of(CLIENT_NAME, CLIENT_SALUTATION, CASE_REFERENCE, AGENT_NAME);

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

	private Placeholders() {
	}

	/** The placeholders in the text that the desk cannot fill. */
	static Set<String> unknownIn(String text) {
		Set<String> unknown = new LinkedHashSet<>();
		Matcher matcher = PLACEHOLDER.matcher(text == null ? "" : text);
		while (matcher.find()) {
			if (!KNOWN.contains(matcher.group(1))) {
				unknown.add(matcher.group(1));
			}
		}
		return unknown;
	}

	/**
	 * Replaces every placeholder that has a value; one without a value stays as it is, so
	 * the agent sees what is still to fill in.
	 */
	public static String fill(String text, Map<String, String> values) {
		Matcher matcher = PLACEHOLDER.matcher(text);
		StringBuilder filled = new StringBuilder();
		while (matcher.find()) {
			String value = values.get(matcher.group(1));
			matcher.appendReplacement(filled, Matcher.quoteReplacement(value == null ? matcher.group() : value));
		}
		matcher.appendTail(filled);
		return filled.toString();
	}

}
