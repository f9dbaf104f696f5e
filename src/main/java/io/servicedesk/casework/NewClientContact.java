package io.servicedesk.casework;

/**
 * A client met for the first time at intake: a name and an e-mail address and/or a phone
 * number, and the language to answer in ({@code null}: English).
 */
public record NewClientContact(String name, String email, String phone, String language) {
}
