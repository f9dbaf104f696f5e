package io.servicedesk.attachment;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The name a file is shown under: what the sender called it, in any script, without a
 * path, control characters, line breaks or {@code ..}, and short enough to store. It is
 * never used as a path: the content is kept under a key of the storage's own.
 */
final class FileNames {

	static final int MAX_LENGTH = 200;

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029\\u200e\\u200f\\u202a-\\u202e]");

	private FileNames() {
	}

	static String clean(String name) {
		String given = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC);
		String last = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1);
		String cleaned = CONTROL.matcher(last).replaceAll("").replace("..", ".").replace("\"", "'").strip();
		while (cleaned.startsWith(".")) {
			cleaned = cleaned.substring(1);
		}
		if (cleaned.isBlank()) {
			return "file";
		}
		if (cleaned.length() <= MAX_LENGTH) {
			return cleaned;
		}
		int dot = cleaned.lastIndexOf('.');
		String extension = dot > 0 && cleaned.length() - dot <= 10 ? cleaned.substring(dot) : "";
		return cleaned.substring(0, MAX_LENGTH - extension.length()) + extension;
	}

}
