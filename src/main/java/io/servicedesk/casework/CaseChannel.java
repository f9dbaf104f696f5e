package io.servicedesk.casework;

/**
 * How a case reached the desk.
 */
public enum CaseChannel {

	PHONE, EMAIL, CHAT, SOCIAL, FAX, WEB_FORM, IN_PERSON

}
