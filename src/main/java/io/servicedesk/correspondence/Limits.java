package io.servicedesk.correspondence;

/**
 * Texts that come from outside (a mail server's answer, an exception's message) are cut
 * to what their column holds.
 */
final class Limits {

	private Limits() {
	}

	static String cut(String text, int length) {
		if (text == null) {
			return null;
		}
		String single = text.strip();
		return single.length() <= length ? single : single.substring(0, length - 1) + "…";
	}

}
