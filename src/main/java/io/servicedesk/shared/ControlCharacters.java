package io.servicedesk.shared;

/**
 * What no text the desk accepts may hold: control characters (NUL, escape, the C1 range
 * and the like) that no keyboard types and PostgreSQL refuses in part, so they would only
 * ever fail a request deep inside. Tabs and line breaks are text.
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	public static boolean contains(CharSequence text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			if (isRefused(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	static boolean isRefused(char c) {
		if (c == '\t' || c == '\n' || c == '\r') {
			return false;
		}
		return c < 0x20 || (c >= 0x7f && c <= 0x9f);
	}

}
