package io.servicedesk.workspace;

/**
 * A module's share of the personal-data export of a client: one named section per module
 * that holds data about the client beyond the client record, accounts, orders and
 * timeline.
 */
public interface PersonalDataSource {

	/** The section's name in the export, e.g. {@code inquiries}. */
	String section();

	/** What the module holds about the client, as JSON-ready values. */
	Object personalDataOf(long clientId);

}
