package io.servicedesk.casework.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.servicedesk.casework.CaseEntryKind;
import io.servicedesk.casework.CaseEntryView;
import io.servicedesk.casework.CaseMailFiles;
import io.servicedesk.casework.CaseReplies;

import io.servicedesk.staff.TeamDirectory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The detail of a case timeline line in the reader's language
 * ({@code ${@caseEntries.detail(e)}}): a change of status or priority is stored as
 * {@code OPEN → RESOLVED}; each side is shown by its translated name.
 */
@Component("caseEntries")
class CaseEntryDetails {

	private static final String ARROW = " → ";

	private static final List<String> STATUS_KEYS = List.of("inquiry.status.", "complaint.status.");

	private static final List<String> PRIORITY_KEYS = List.of("priority.");

	private static final List<String> SLA_TARGET_KEYS = List.of("workday.sla.target.");

	private static final List<String> LINKS = List.of("follows:", "followed-up:", "escalated:", "merged-into:",
			"merged-from:");

	private final MessageSource messages;

	private final TeamDirectory staffNames;

	CaseEntryDetails(MessageSource messages, TeamDirectory staffNames) {
		this.messages = messages;
		this.staffNames = staffNames;
	}

	public String detail(CaseEntryView entry) {
		String detail = entry.detail();
		if (detail == null || linkedReference(entry) != null) {
			return null;
		}
		if (CaseMailFiles.REFUSED.equals(detail)) {
			long count = entry.body() == null ? 0 : entry.body().lines().count();
			return messages.getMessage("attachment.refused-from-mail", new Object[] { count },
					LocaleContextHolder.getLocale());
		}
		if (CaseReplies.NOT_SENT.equals(detail)) {
			return messages.getMessage("case.entry.not-sent", null, LocaleContextHolder.getLocale());
		}
		if (entry.kind() == CaseEntryKind.STATUS_CHANGED) {
			return translated(detail, STATUS_KEYS);
		}
		if (entry.kind() == CaseEntryKind.PRIORITY_CHANGED) {
			return translated(detail, PRIORITY_KEYS);
		}
		if (entry.kind() == CaseEntryKind.SLA_AT_RISK || entry.kind() == CaseEntryKind.SLA_BREACHED) {
			return translated(detail, SLA_TARGET_KEYS);
		}
		return detail;
	}

	/**
	 * The case a line links to: the one a new case follows up, the one that followed up a
	 * closed case, the complaint an inquiry was escalated into, the inquiry it was merged
	 * into or one merged into it; {@code null} for none.
	 */
	public String linkedReference(CaseEntryView entry) {
		String detail = entry.detail();
		if (detail == null) {
			return null;
		}
		for (String marker : LINKS) {
			if (detail.startsWith(marker) && detail.length() > marker.length()) {
				return detail.substring(marker.length());
			}
		}
		return null;
	}

	/** The words before the link of {@link #linkedReference}. */
	public String linkLabel(CaseEntryView entry) {
		String detail = entry.detail();
		String reference = linkedReference(entry);
		String key = "case.entry." + detail.substring(0, detail.length() - reference.length() - 1);
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	/** The page of a case by its reference. */
	public String path(String reference) {
		return (reference.startsWith("CMP-") ? "/complaints/" : "/inquiries/") + reference;
	}

	/**
	 * Who did it, as the reader says it: the client, the desk itself, or the username.
	 */
	public String actor(CaseEntryView entry) {
		return actor(entry, Map.of());
	}

	/**
	 * Who did it, with staff by their names as {@link #names} found them (the username of
	 * someone no longer known).
	 */
	public String actor(CaseEntryView entry, Map<String, String> names) {
		return switch (entry.actor()) {
			case "client" -> messages.getMessage("case.actor.client", null, LocaleContextHolder.getLocale());
			case "system" -> messages.getMessage("case.actor.system", null, LocaleContextHolder.getLocale());
			default -> names.getOrDefault(entry.actor(), entry.actor());
		};
	}

	/** The names of the staff who wrote the lines of a timeline, in one query. */
	public Map<String, String> names(List<CaseEntryView> entries) {
		Set<String> usernames = entries.stream()
			.map(CaseEntryView::actor)
			.filter(actor -> !"client".equals(actor) && !"system".equals(actor))
			.collect(Collectors.toSet());
		return usernames.isEmpty() ? Map.of() : staffNames.displayNames(usernames);
	}

	/**
	 * What the client wrote now, without the quoted history and signature of a mail;
	 * other lines are shown whole.
	 */
	public String fresh(CaseEntryView entry) {
		return entry.fromMail() ? QuotedText.fresh(entry.body()) : entry.body();
	}

	/**
	 * The quoted history and signature of a client's mail, folded; {@code null} for none.
	 */
	public String quoted(CaseEntryView entry) {
		return entry.fromMail() ? QuotedText.quoted(entry.body()) : null;
	}

	private String translated(String detail, List<String> prefixes) {
		Locale locale = LocaleContextHolder.getLocale();
		return Arrays.stream(detail.split(ARROW))
			.map(String::strip)
			.map(name -> prefixes.stream()
				.map(prefix -> messages.getMessage(prefix + name, null, null, locale))
				.filter(text -> text != null)
				.findFirst()
				.orElse(name))
			.collect(Collectors.joining(ARROW));
	}

}
