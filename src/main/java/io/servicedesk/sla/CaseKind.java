package io.servicedesk.sla;

/**
 * The kinds of case an SLA policy can target.
 */
public enum CaseKind {

	INQUIRY("/inquiries/"), COMPLAINT("/complaints/");

	private final String pagePath;

	CaseKind(String pagePath) {
		this.pagePath = pagePath;
	}

	/** The address of a case's page, for links in notifications. */
	public String pageOf(String caseRef) {
		return pagePath + caseRef;
	}

}
