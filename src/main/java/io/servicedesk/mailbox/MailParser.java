package io.servicedesk.mailbox;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import io.servicedesk.attachment.Upload;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeVisitor;

/**
 * Reads a raw message: its sender, recipients and threading headers, its text (the
 * plain-text part where there is one, otherwise the HTML part cleaned with jsoup's
 * {@link Safelist#basic()} and reduced to text with its paragraphs and quotes), and
 * whether it is an auto-reply, bulk mail or a delivery status notification (RFC 3464).
 */
final class MailParser {

	/**
	 * A client's message is kept up to this length on the case; the original stays whole.
	 */
	static final int MAX_TEXT = 100_000;

	private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+@[^<>\\s]+>");

	private static final Pattern HEADER_MESSAGE_ID = Pattern.compile("(?im)^Message-ID:\\s*(<[^<>\\s]+@[^<>\\s]+>)");

	private static final Pattern DSN_FIELD = Pattern
		.compile("(?im)^(Action|Status|Diagnostic-Code|Final-Recipient):\\s*(.+(?:\\R[ \\t].+)*)");

	private static final Set<String> BLOCKS = Set.of("p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6",
			"blockquote", "pre", "table", "ul", "ol", "hr");

	private static final Session SESSION = Session.getInstance(new Properties());

	private MailParser() {
	}

	static MimeMessage mime(byte[] raw) throws MessagingException {
		return new MimeMessage(SESSION, new ByteArrayInputStream(raw));
	}

	/**
	 * What can be read of a message whose MIME cannot: its sender, subject and
	 * {@code Message-ID} from the header block alone; nothing where even that fails.
	 */
	static ParsedMail headers(byte[] raw) {
		try {
			InternetHeaders headers = new InternetHeaders(new ByteArrayInputStream(raw));
			InternetAddress from = firstAddress(headers.getHeader("From"));
			return new ParsedMail(firstId(headers.getHeader("Message-ID")),
					from == null ? null : from.getAddress().toLowerCase(Locale.ROOT),
					from == null ? null : decoded(from.getPersonal()), List.of(), List.of(),
					decoded(headers.getHeader("Subject", null)), null, null, null, null, null, List.of());
		}
		catch (MessagingException | RuntimeException ex) {
			return null;
		}
	}

	static ParsedMail parse(MimeMessage message) throws MessagingException, IOException {
		InternetAddress from = firstAddress(message.getHeader("From"));
		List<String> recipients = new ArrayList<>();
		for (String header : List.of("To", "Cc", "Delivered-To", "X-Original-To", "Envelope-To", "X-Envelope-To",
				"Resent-To")) {
			addAddresses(message.getHeader(header), recipients);
		}
		List<String> threadIds = new ArrayList<>();
		addIds(message.getHeader("In-Reply-To"), threadIds);
		List<String> references = new ArrayList<>();
		addIds(message.getHeader("References"), references);
		for (int i = references.size() - 1; i >= 0; i--) {
			if (!threadIds.contains(references.get(i))) {
				threadIds.add(references.get(i));
			}
		}
		String subject = decoded(message.getHeader("Subject", null));
		Instant sentAt = message.getSentDate() == null ? null : message.getSentDate().toInstant();
		String fromAddress = from == null ? null : from.getAddress().toLowerCase(Locale.ROOT);
		ParsedMail.Bounce bounce = bounce(message, fromAddress);
		String text = bounce == null ? text(message) : "";
		return new ParsedMail(firstId(message.getHeader("Message-ID")), fromAddress,
				from == null ? null : decoded(from.getPersonal()), List.copyOf(new LinkedHashSet<>(recipients)),
				threadIds, subject, sentAt, cut(text), language(message.getHeader("Content-Language", null)),
				bounce == null ? automatic(message, fromAddress) : null, bounce,
				bounce == null ? files(message) : List.of());
	}

	/**
	 * Why this is not a person's mail (RFC 3834 {@code Auto-Submitted}, the common
	 * auto-responder and bulk headers, a list, an empty return path), or {@code null}.
	 */
	static String automatic(MimeMessage message, String fromAddress) throws MessagingException {
		String autoSubmitted = message.getHeader("Auto-Submitted", null);
		if (autoSubmitted != null && !autoSubmitted.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
			return "Auto-Submitted: " + autoSubmitted.strip();
		}
		for (String header : List.of("X-Autoreply", "X-Autorespond", "X-Autoresponder")) {
			if (message.getHeader(header) != null) {
				return header;
			}
		}
		for (String header : List.of("Precedence", "X-Precedence")) {
			String value = message.getHeader(header, null);
			if (value != null
					&& Set.of("bulk", "junk", "list", "auto_reply").contains(value.strip().toLowerCase(Locale.ROOT))) {
				return header + ": " + value.strip();
			}
		}
		if (message.getHeader("List-Id") != null) {
			return "List-Id";
		}
		String returnPath = message.getHeader("Return-Path", null);
		if (returnPath != null && returnPath.replaceAll("\\s", "").equals("<>")) {
			return "Return-Path: <>";
		}
		if (fromAddress != null && isDaemon(fromAddress)) {
			return "From: " + fromAddress;
		}
		return null;
	}

	/**
	 * What a delivery status notification reports, or {@code null} when the message is
	 * none: a {@code multipart/report} with a delivery status, or a mailer daemon's mail
	 * that quotes the original.
	 */
	static ParsedMail.Bounce bounce(MimeMessage message, String fromAddress) throws MessagingException, IOException {
		ContentType type = contentType(message);
		boolean report = type != null && type.match("multipart/report")
				&& "delivery-status".equalsIgnoreCase(type.getParameter("report-type"));
		if (!report && (fromAddress == null || !isDaemon(fromAddress))) {
			return null;
		}
		String own = firstId(message.getHeader("Message-ID"));
		StringBuilder status = new StringBuilder();
		Set<String> originals = new LinkedHashSet<>();
		collectBounce(message, status, originals);
		originals.remove(own);
		Matcher fields = DSN_FIELD.matcher(status);
		StringBuilder reason = new StringBuilder();
		while (fields.find()) {
			if (!fields.group(1).equalsIgnoreCase("Final-Recipient")) {
				reason.append(reason.isEmpty() ? "" : "; ")
					.append(fields.group(1))
					.append(": ")
					.append(fields.group(2).replaceAll("\\s+", " ").strip());
			}
		}
		if (reason.isEmpty()) {
			String subject = decoded(message.getHeader("Subject", null));
			reason.append(subject == null ? "Undelivered" : subject);
		}
		return new ParsedMail.Bounce(List.copyOf(originals), reason.toString());
	}

	private static void collectBounce(Part part, StringBuilder status, Set<String> originals)
			throws MessagingException, IOException {
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				collectBounce(multipart.getBodyPart(i), status, originals);
			}
		}
		else if (part.isMimeType("message/rfc822") && part.getContent() instanceof MimeMessage original) {
			String id = firstId(original.getHeader("Message-ID"));
			if (id != null) {
				originals.add(id);
			}
		}
		else if (part.isMimeType("message/delivery-status") || part.isMimeType("text/*")
				|| part.isMimeType("message/*")) {
			String content = raw(part);
			if (part.isMimeType("message/delivery-status")) {
				status.append(content).append('\n');
			}
			Matcher ids = HEADER_MESSAGE_ID.matcher(content);
			while (ids.find()) {
				originals.add(ids.group(1));
			}
		}
	}

	/**
	 * The files a person attached: every part that is not the text of the message itself
	 * (attachments, inline images, forwarded messages as {@code .eml}), in the order they
	 * come; each is read from the message when it is stored.
	 */
	static List<Upload> files(Part message) throws MessagingException, IOException {
		List<Upload> files = new ArrayList<>();
		collectFiles(message, files);
		return List.copyOf(files);
	}

	private static void collectFiles(Part part, List<Upload> files) throws MessagingException, IOException {
		if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				collectFiles(multipart.getBodyPart(i), files);
			}
			return;
		}
		String name = fileName(part);
		boolean attached = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
		boolean text = part.isMimeType("text/plain") || part.isMimeType("text/html");
		if (!attached && name == null && text) {
			return;
		}
		if (name == null) {
			name = part.isMimeType("message/rfc822") ? "message.eml" : "file";
		}
		files.add(new Upload(name, () -> {
			try {
				return part.getInputStream();
			}
			catch (MessagingException ex) {
				throw new IOException("The part cannot be read: " + ex.getMessage(), ex);
			}
		}));
	}

	private static String fileName(Part part) throws MessagingException {
		String name;
		try {
			name = part.getFileName();
		}
		catch (MessagingException | RuntimeException ex) {
			return null;
		}
		if (name == null || name.isBlank()) {
			return null;
		}
		try {
			return MimeUtility.decodeText(name);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			return name;
		}
	}

	/** The text a person wrote: plain text preferred, else the HTML reduced to text. */
	static String text(Part message) throws MessagingException, IOException {
		String plain = firstText(message, "text/plain");
		if (plain != null && !plain.isBlank()) {
			return normalise(plain);
		}
		String html = firstText(message, "text/html");
		return html == null ? "" : normalise(htmlToText(html));
	}

	private static String firstText(Part part, String type) throws MessagingException, IOException {
		if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			return null;
		}
		if (part.isMimeType(type)) {
			return content(part);
		}
		if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				String found = firstText(child, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/**
	 * HTML cleaned of everything but basic text markup, then as text with its paragraphs,
	 * line breaks and quotes ({@code > } before each quoted line).
	 */
	static String htmlToText(String html) {
		Document document = Jsoup.parse(Jsoup.clean(html, Safelist.basic()));
		TextWriter writer = new TextWriter();
		document.body().traverse(writer);
		StringBuilder text = new StringBuilder();
		for (String line : writer.text.toString().split("\n", -1)) {
			String tidy = line.strip();
			text.append(tidy.matches(">[> ]*") ? tidy.replace(" ", "") : tidy).append('\n');
		}
		return text.toString().replaceAll("(?m)^>+\\n(?=(>+\\n)*\\z)", "").strip();
	}

	private static final class TextWriter implements NodeVisitor {

		private final StringBuilder text = new StringBuilder();

		private int quoteDepth;

		@Override
		public void head(Node node, int depth) {
			if (node instanceof TextNode textNode) {
				text.append(textNode.text());
			}
			else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
				if (element.normalName().equals("blockquote")) {
					quoteDepth++;
				}
				newline(element.normalName().equals("br"));
			}
		}

		@Override
		public void tail(Node node, int depth) {
			if (node instanceof Element element && BLOCKS.contains(element.normalName())
					&& !element.normalName().equals("br")) {
				if (element.normalName().equals("blockquote")) {
					quoteDepth--;
				}
				newline(false);
			}
		}

		private void newline(boolean always) {
			boolean atLineStart = text.isEmpty() || text.charAt(text.length() - 1) == '\n'
					|| text.toString().endsWith("> ");
			if (always || !atLineStart) {
				text.append('\n');
			}
			if (quoteDepth > 0 && (text.isEmpty() || text.charAt(text.length() - 1) == '\n')) {
				text.append("> ".repeat(quoteDepth));
			}
		}

	}

	private static String content(Part part) throws MessagingException, IOException {
		try {
			Object content = part.getContent();
			if (content instanceof String string) {
				return string;
			}
		}
		catch (IOException ex) {
			// An unknown charset: the bytes are read as UTF-8 below
		}
		return raw(part);
	}

	private static String raw(Part part) throws MessagingException, IOException {
		try (InputStream in = part.getInputStream()) {
			return new String(in.readNBytes(MAX_TEXT * 4), StandardCharsets.UTF_8);
		}
	}

	private static String normalise(String text) {
		String unified = text.replace("\r\n", "\n").replace('\r', '\n').replace("\u0000", "");
		return unified.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").replaceAll("\n{3,}", "\n\n").strip();
	}

	private static String cut(String text) {
		return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "\n…";
	}

	private static ContentType contentType(Part part) throws MessagingException {
		try {
			return part.getContentType() == null ? null : new ContentType(part.getContentType());
		}
		catch (jakarta.mail.internet.ParseException ex) {
			return null;
		}
	}

	private static boolean isDaemon(String address) {
		String local = address.substring(0, Math.max(address.indexOf('@'), 0));
		return local.equals("mailer-daemon") || local.equals("postmaster") || local.equals("mail-daemon");
	}

	private static InternetAddress firstAddress(String[] headers) {
		if (headers == null) {
			return null;
		}
		for (String header : headers) {
			try {
				for (Address address : InternetAddress.parseHeader(header, false)) {
					if (address instanceof InternetAddress internet && internet.getAddress() != null
							&& internet.getAddress().contains("@")) {
						return internet;
					}
				}
			}
			catch (AddressException ex) {
				// An unreadable From: the mail is treated as from an unknown sender
			}
		}
		return null;
	}

	private static void addAddresses(String[] headers, List<String> into) {
		if (headers == null) {
			return;
		}
		for (String header : headers) {
			try {
				for (Address address : InternetAddress.parseHeader(header, false)) {
					if (address instanceof InternetAddress internet && internet.getAddress() != null) {
						into.add(internet.getAddress().strip().toLowerCase(Locale.ROOT));
					}
				}
			}
			catch (AddressException ex) {
				// A broken address list leads to no case; the threading headers may still
			}
		}
	}

	private static void addIds(String[] headers, List<String> into) {
		if (headers == null) {
			return;
		}
		for (String header : headers) {
			Matcher matcher = MESSAGE_ID.matcher(header);
			while (matcher.find()) {
				if (!into.contains(matcher.group())) {
					into.add(matcher.group());
				}
			}
		}
	}

	private static String firstId(String[] headers) {
		List<String> ids = new ArrayList<>();
		addIds(headers, ids);
		return ids.isEmpty() ? null : ids.get(0);
	}

	private static String language(String header) {
		if (header == null || header.isBlank()) {
			return null;
		}
		String first = header.split(",")[0].strip();
		return first.length() >= 2 ? first.substring(0, 2).toLowerCase(Locale.ROOT) : null;
	}

	private static String decoded(String header) {
		if (header == null) {
			return null;
		}
		try {
			return MimeUtility.decodeText(MimeUtility.unfold(header)).replaceAll("[\\p{Cntrl}]", " ").strip();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			return header.replaceAll("[\\p{Cntrl}]", " ").strip();
		}
	}

}
