package io.servicedesk.correspondence;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.servicedesk.client.ClientDetails;
import io.servicedesk.staff.SupportedLanguage;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Writes a message as the client will read it, in their language: the subject (with the
 * case reference in brackets, so that the client and the desk's mailbox see at once which
 * case it is), the words staff wrote or the notice's text, the desk's signature, as plain
 * text and as HTML; and its headers for threading and answering.
 */
@Component
class MailComposer {

	/** The separator of a signature in plain-text mail (RFC 3676). */
	static final String SIGNATURE_SEPARATOR = "\n\n-- \n";

	private final MailTemplates templates;

	private final MailThreads threads;

	private final ReplyAddresses replyAddresses;

	private final CorrespondenceProperties properties;

	private final ITemplateEngine templateEngine;

	MailComposer(MailTemplates templates, MailThreads threads, ReplyAddresses replyAddresses,
			CorrespondenceProperties properties, ITemplateEngine templateEngine) {
		this.templates = templates;
		this.threads = threads;
		this.replyAddresses = replyAddresses;
		this.properties = properties;
		this.templateEngine = templateEngine;
	}

	ComposedMail compose(MailRequest request, ClientDetails client, Recipient to, String agentName) {
		SupportedLanguage language = client.preferredLanguage();
		Map<String, String> values = new HashMap<>(request.values());
		values.put("client.name", client.name());
		values.put("desk.name", properties.fromName());
		values.put("desk.address", properties.from());
		values.put("agent.name", agentName == null ? properties.fromName() : agentName);
		if (request.caseRef() != null) {
			values.putIfAbsent("case.reference", request.caseRef());
		}
		String subject;
		String body;
		if (request.kind().isNotice()) {
			MailTemplate template = templates.text(request.kind().name(), language);
			subject = MailTemplates.fill(template.subject(), values);
			body = MailTemplates.fill(template.body(), values);
		}
		else {
			subject = request.caseSubject() == null ? "" : request.caseSubject();
			body = request.text().strip();
		}
		String signature = MailTemplates.fill(templates.text(MailTemplates.SIGNATURE, language).body(), values);
		String line = MailText.header(subject);
		if (request.caseRef() != null && !line.contains("[" + request.caseRef() + "]")) {
			line = ("[" + request.caseRef() + "] " + line).strip();
		}
		List<String> thread = request.caseRef() == null ? List.of() : threads.of(request.caseRef());
		return new ComposedMail(request.kind(), language.tag(), to, Limits.cut(line, 400),
				body + SIGNATURE_SEPARATOR + signature.strip(), html(body, signature, language.locale()),
				threads.newMessageId(request.caseRef() != null ? request.caseRef() : request.kind().name()),
				thread.isEmpty() ? null : thread.get(thread.size() - 1), MailThreads.references(thread),
				request.caseRef() != null ? replyAddresses.of(request.caseRef()) : properties.from());
	}

	boolean isDeskAddress(String address) {
		String lower = address.strip().toLowerCase(Locale.ROOT);
		String local = properties.localPart().toLowerCase(Locale.ROOT);
		String domain = "@" + properties.domain().toLowerCase(Locale.ROOT);
		return lower.endsWith(domain)
				&& (lower.equals(local + domain) || lower.startsWith(local + "+") && lower.length() > local.length());
	}

	private String html(String body, String signature, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("body", MailText.paragraphs(body));
		context.setVariable("signature", MailText.paragraphs(signature));
		context.setVariable("language", locale.getLanguage());
		return templateEngine.process("mail/message", context);
	}

}
