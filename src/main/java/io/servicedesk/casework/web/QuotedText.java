package io.servicedesk.casework.web;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A client's mail split where its quoted history or signature begins, so that the case
 * page shows what the client wrote now and folds the rest (kept whole). Recognised: a
 * quote header of the common mail programs in the desk's languages ("On … wrote:", "Am …
 * schrieb …:", "W dniu … pisze:", "… kirjutas:", "… rakstīja:", an "Original Message"
 * line or a From/Sent header block), lines quoted with {@code >} to the end, and the
 * signature separator {@code -- }.
 */
final class QuotedText {

	private static final List<Pattern> HEADERS = List.of(
			Pattern.compile(
					"^\\s*(On|Am|W dniu|Le|El)\\b.{4,300}\\b(wrote|schrieb|pisze|a écrit|escribió)\\b.{0,300}:\\s*$",
					Pattern.CASE_INSENSITIVE),
			Pattern.compile("^.{2,300}\\b(kirjutas|rakstīja)\\s*:\\s*$", Pattern.CASE_INSENSITIVE),
			Pattern.compile(
					"^\\s*-{2,}\\s*(Original Message|Ursprüngliche Nachricht|Wiadomość oryginalna|Oryginalna wiadomość|Algne sõnum|Sākotnējā ziņa|Forwarded message|Weitergeleitete Nachricht)\\s*-{2,}\\s*$",
					Pattern.CASE_INSENSITIVE));

	private static final Pattern FROM = Pattern.compile("^\\s*\\*?(From|Von|Od|Saatja|No|Kellelt)\\s*:\\*?\\s.+",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern SENT = Pattern.compile(
			"^\\s*\\*?(Sent|Date|Gesendet|Datum|Wysłano|Data|Saadetud|Kuupäev|Nosūtīts|Datums)\\s*:\\*?\\s.+",
			Pattern.CASE_INSENSITIVE);

	private QuotedText() {
	}

	/** Where the quoted part begins (a character offset), or -1 when there is none. */
	static int quoteStart(String text) {
		if (text == null || text.isEmpty()) {
			return -1;
		}
		String[] lines = text.split("\n", -1);
		int offset = 0;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			String joined = i + 1 < lines.length ? line + " " + lines[i + 1] : line;
			boolean header = HEADERS.stream().anyMatch(p -> p.matcher(line).matches() || p.matcher(joined).matches());
			boolean fromBlock = FROM.matcher(line).matches() && followedBySent(lines, i);
			boolean signature = line.equals("-- ") || line.equals("--");
			boolean quotedToEnd = line.startsWith(">") && restIsQuoted(lines, i);
			if ((header || fromBlock || signature || quotedToEnd) && hasOwnWords(text.substring(0, offset))) {
				return offset;
			}
			offset += line.length() + 1;
		}
		return -1;
	}

	/** What the client wrote now. */
	static String fresh(String text) {
		int start = quoteStart(text);
		return start < 0 ? text : text.substring(0, start).stripTrailing();
	}

	/** The quoted history and signature, or {@code null}. */
	static String quoted(String text) {
		int start = quoteStart(text);
		return start < 0 ? null : text.substring(start).strip();
	}

	/**
	 * Whether the text before a quote holds words of the writer's own, not only quotes.
	 */
	private static boolean hasOwnWords(String before) {
		return before.lines().anyMatch(line -> !line.isBlank() && !line.strip().startsWith(">"));
	}

	private static boolean followedBySent(String[] lines, int from) {
		for (int i = from + 1; i < Math.min(lines.length, from + 5); i++) {
			if (SENT.matcher(lines[i]).matches()) {
				return true;
			}
		}
		return false;
	}

	private static boolean restIsQuoted(String[] lines, int from) {
		for (int i = from; i < lines.length; i++) {
			String line = lines[i].strip();
			if (!line.isEmpty() && !line.startsWith(">")) {
				return false;
			}
		}
		return true;
	}

}
