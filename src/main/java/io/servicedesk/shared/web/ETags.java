package io.servicedesk.shared.web;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entity tags of the API's versioned objects: the object's {@code version}, as
 * {@code W/"3"}. A client sends it back as {@code If-Match} to change the object only if
 * nobody else has since.
 */
public final class ETags {

	private static final Pattern VERSION = Pattern.compile("^\\s*(?:W/)?\"(\\d{1,18})\"\\s*$");

	private ETags() {
	}

	public static String of(long version) {
		return "W/\"" + version + "\"";
	}

	/**
	 * @return the version an {@code If-Match} header names; empty without the header or
	 * for {@code *}
	 * @throws InvalidEntityTagException for a header that names no version of ours
	 */
	public static Optional<Long> versionOf(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
			return Optional.empty();
		}
		Matcher matcher = VERSION.matcher(ifMatch);
		if (!matcher.matches()) {
			throw new InvalidEntityTagException(ifMatch);
		}
		return Optional.of(Long.parseLong(matcher.group(1)));
	}

	/** An {@code If-Match} that is not one of this API's entity tags: 400. */
	public static class InvalidEntityTagException extends IllegalArgumentException {

		InvalidEntityTagException(String header) {
			super("Not an entity tag of this API: " + header);
		}

	}

}
