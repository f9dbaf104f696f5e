package io.servicedesk.casework;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.servicedesk.sla.CaseKind;
import io.servicedesk.sla.CasePage;

import org.springframework.stereotype.Component;

/**
 * The address of a case's page for links in notifications, as each case module names it.
 */
@Component
class CasePageLinks {

	private final Map<CaseKind, CasePage> pages;

	CasePageLinks(List<CasePage> pages) {
		this.pages = pages.stream().collect(Collectors.toUnmodifiableMap(CasePage::kind, Function.identity()));
	}

	String of(CaseKind kind, String reference) {
		CasePage page = pages.get(kind);
		return page == null ? null : page.of(reference);
	}

}
