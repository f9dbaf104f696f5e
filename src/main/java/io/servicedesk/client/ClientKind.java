package io.servicedesk.client;

/**
 * A client is a person or a company (which has a contact person).
 */
public enum ClientKind {

	INDIVIDUAL, COMPANY

}
