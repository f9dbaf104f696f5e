package io.servicedesk.client.web;

import io.servicedesk.client.ClientKind;

/**
 * What the page form and the API request have in common, so one validator checks both.
 */
interface ContactInput {

	ClientKind kind();

	String name();

	String companyName();

	String email();

	String phone();

	String country();

	String preferredLanguage();

}
