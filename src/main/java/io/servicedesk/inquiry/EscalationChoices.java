package io.servicedesk.inquiry;

import java.util.List;

/**
 * What the inquiry page's escalation form offers. The module that takes escalations (the
 * complaints) supplies it, so that the inquiry page depends on nothing of that module.
 */
public interface EscalationChoices {

	/** The severity codes a complaint may be given, in the order the form lists them. */
	List<String> severities();

}
