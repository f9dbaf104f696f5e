package io.servicedesk.catalogue;

/**
 * What a category classifies: inquiries or complaints.
 */
public enum CategoryKind {

	INQUIRY, COMPLAINT

}
