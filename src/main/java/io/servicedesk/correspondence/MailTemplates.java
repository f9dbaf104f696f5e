package io.servicedesk.correspondence;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.servicedesk.audit.AuditLog;
import io.servicedesk.audit.AuditRecord;
import io.servicedesk.catalogue.Placeholders;
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.shared.StaleVersionException;
import io.servicedesk.staff.SupportedLanguage;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The texts of the standard notices and of the desk's signature, per language. The
 * shipped texts are in the message bundle {@code i18n/mail} ({@code mail.template.<key>.
 * subject} and {@code .body}); an administrator's change is a row of
 * {@code mail_template} and stands until it is reset. Texts use the placeholders of
 * canned responses ({@code {{client.name}}}); each kind knows its own.
 */
@Service
public class MailTemplates {

	public static final String SIGNATURE = "SIGNATURE";

	public static final int MAX_SUBJECT = 300;

	public static final int MAX_BODY = 20_000;

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

	private static final List<String> COMMON = List.of("client.name", "desk.name");

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final AuditLog auditLog;

	private final Clock clock;

	MailTemplates(JdbcClient jdbc, MessageSource messages, AuditLog auditLog, Clock clock) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** What administrators may edit: every standard notice, then the signature. */
	public static List<String> keys() {
		List<String> keys = new ArrayList<>();
		Stream.of(MailKind.values()).filter(MailKind::isNotice).map(MailKind::name).forEach(keys::add);
		keys.add(SIGNATURE);
		return keys;
	}

	/** The placeholders a text of this kind may use. */
	public static List<String> placeholders(String key) {
		List<String> own = switch (key) {
			case "ORDER_DELAYED" -> List.of("order.number", "order.promised-date", "order.note");
			case "SURVEY_INVITATION" -> List.of("case.reference", "survey.link", "survey.expires");
			case "ACCOUNT_OPENED", "ACCOUNT_REACTIVATED" -> List.of("account.number");
			case "ACCOUNT_SUSPENDED", "ACCOUNT_CLOSED" -> List.of("account.number", "account.reason");
			case SIGNATURE -> List.of("agent.name", "desk.address");
			default -> List.of();
		};
		return Stream.concat(COMMON.stream(), own.stream()).toList();
	}

	/** The text in use: the administrator's where there is one, else the shipped one. */
	@Transactional(readOnly = true)
	public MailTemplate text(String key, SupportedLanguage language) {
		requireKey(key);
		return stored(key, language).orElseGet(() -> shipped(key, language));
	}

	/** The text as shipped, for comparison and reset. */
	public MailTemplate shipped(String key, SupportedLanguage language) {
		requireKey(key);
		Locale locale = language.locale();
		String subject = SIGNATURE.equals(key) ? null
				: messages.getMessage("mail.template." + key + ".subject", null, locale);
		String body = messages.getMessage("mail.template." + key + ".body", null, locale);
		return new MailTemplate(key, language.tag(), subject, body, false, null, null, 0);
	}

	/**
	 * An administrator's text: a one-line subject (not for the signature), a body, and
	 * only the kind's own placeholders; saved on top of the version they started from.
	 */
	@Transactional
	public MailTemplate save(String key, SupportedLanguage language, String subject, String body, Long expectedVersion,
			String by) {
		requireKey(key);
		String cleanSubject = SIGNATURE.equals(key) ? "" : MailText.header(subject);
		if (!SIGNATURE.equals(key) && (cleanSubject == null || cleanSubject.isEmpty())) {
			throw new RuleViolationException("mail.template.subject.required");
		}
		if (cleanSubject.length() > MAX_SUBJECT) {
			throw new RuleViolationException("mail.template.subject.too-long", MAX_SUBJECT);
		}
		if (body == null || body.isBlank()) {
			throw new RuleViolationException("mail.template.body.required");
		}
		if (body.length() > MAX_BODY) {
			throw new RuleViolationException("mail.template.body.too-long", MAX_BODY);
		}
		Set<String> unknown = unknownPlaceholders(key, cleanSubject + "\n" + body);
		if (!unknown.isEmpty()) {
			throw new RuleViolationException("mail.template.placeholder.unknown", String.join(", ", unknown));
		}
		MailTemplate before = text(key, language);
		if (expectedVersion != null && expectedVersion != before.version()) {
			throw new StaleVersionException(key + "/" + language.tag());
		}
		jdbc.sql("""
				insert into mail_template (kind, language, subject, body, updated_by, updated_at)
				values (:kind, :language, :subject, :body, :by, :at)
				on conflict (kind, language) do update set subject = excluded.subject, body = excluded.body,
				  updated_by = excluded.updated_by, updated_at = excluded.updated_at,
				  version = mail_template.version + 1""")
			.param("kind", key)
			.param("language", language.tag())
			.param("subject", cleanSubject)
			.param("body", body.strip())
			.param("by", by)
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.update();
		auditLog.record(AuditRecord.of(by, "mail-template.saved", "mail-template", key + "/" + language.tag())
			.change(before.subject(), cleanSubject));
		return text(key, language);
	}

	/** Back to the shipped text. */
	@Transactional
	public void reset(String key, SupportedLanguage language, String by) {
		requireKey(key);
		int removed = jdbc.sql("delete from mail_template where kind = :kind and language = :language")
			.param("kind", key)
			.param("language", language.tag())
			.update();
		if (removed > 0) {
			auditLog.record(AuditRecord.of(by, "mail-template.reset", "mail-template", key + "/" + language.tag()));
		}
	}

	/** The text with its placeholders filled; unknown or unfilled ones stay visible. */
	static String fill(String text, Map<String, String> values) {
		return text == null ? null : Placeholders.fill(text, values);
	}

	private static Set<String> unknownPlaceholders(String key, String text) {
		Set<String> unknown = new LinkedHashSet<>();
		List<String> known = placeholders(key);
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			if (!known.contains(matcher.group(1))) {
				unknown.add(matcher.group(1));
			}
		}
		return unknown;
	}

	private Optional<MailTemplate> stored(String key, SupportedLanguage language) {
		return jdbc.sql("""
				select subject, body, updated_by, updated_at, version from mail_template
				where kind = :kind and language = :language""")
			.param("kind", key)
			.param("language", language.tag())
			.query((rs, n) -> new MailTemplate(key, language.tag(),
					SIGNATURE.equals(key) ? null : rs.getString("subject"), rs.getString("body"), true,
					rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant(), rs.getLong("version")))
			.optional();
	}

	private static void requireKey(String key) {
		if (key == null || !keys().contains(key)) {
			throw new MailTemplateNotFoundException(key);
		}
	}

}
