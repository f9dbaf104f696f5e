package io.servicedesk.casework.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.servicedesk.casework.CaseEntryKind;
import io.servicedesk.casework.CaseEntryView;

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

	private final MessageSource messages;

	CaseEntryDetails(MessageSource messages) {
		this.messages = messages;
	}

	public String detail(CaseEntryView entry) {
		String detail = entry.detail();
		if (detail == null) {
			return null;
		}
		if (entry.kind() == CaseEntryKind.STATUS_CHANGED) {
			return translated(detail, STATUS_KEYS);
		}
		if (entry.kind() == CaseEntryKind.PRIORITY_CHANGED) {
			return translated(detail, PRIORITY_KEYS);
		}
		return detail;
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
