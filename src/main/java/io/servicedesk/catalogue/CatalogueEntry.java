package io.servicedesk.catalogue;

/**
 * An entry of a catalogue (a canned response, a category) as its administration handles
 * it: versioned, described for the audit log, switched on and off.
 */
interface CatalogueEntry {

	long getVersion();

	/** What the audit log and a refusal name the entry by. */
	String name();

	/** The entry as the audit log records it before and after a change. */
	String describe();

	void activate();

	void deactivate();

}
