package io.servicedesk.sla;

/**
 * Where the page of a case of one kind is: each case module names its own, so that the
 * SLA notifications link to the case without this module knowing the addresses.
 */
public interface CasePage {

	CaseKind kind();

	/** The address of the case's page, for links in notifications. */
	String of(String caseRef);

}
