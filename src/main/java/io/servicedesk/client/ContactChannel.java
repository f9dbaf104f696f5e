package io.servicedesk.client;

/**
 * The ways a client reaches the desk or is reached by it.
 */
public enum ContactChannel {

	PHONE, EMAIL, FAX, WEB, IN_PERSON, LETTER

}
