package io.servicedesk.correspondence;

import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * What may stand in a header and how a text becomes the HTML part.
 */
final class MailText {

	/** Line breaks and every other control character: a header holds none of them. */
	private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]+");

	private static final Pattern SPACES = Pattern.compile("\\s{2,}");

	private MailText() {
	}

	/** The text on one line, without control characters; {@code null} stays. */
	static String header(String text) {
		if (text == null) {
			return null;
		}
		return SPACES.matcher(CONTROL.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
	}

	/** Paragraphs and line breaks of a plain text as escaped HTML. */
	static String paragraphs(String text) {
		StringBuilder html = new StringBuilder();
		for (String paragraph : text.strip().split("\\R\\s*\\R")) {
			if (!paragraph.isBlank()) {
				html.append("<p>")
					.append(HtmlUtils.htmlEscape(paragraph.strip(), "UTF-8").replaceAll("\\R", "<br>\n"))
					.append("</p>\n");
			}
		}
		return html.toString();
	}

}
