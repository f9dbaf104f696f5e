package io.servicedesk.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator of a production installation, from
 * {@code SERVICEDESK_ADMIN_USERNAME} and {@code SERVICEDESK_ADMIN_PASSWORD}. Used once,
 * when the database has no active administrator.
 */
@ConfigurationProperties("servicedesk.admin")
record FirstAdminProperties(String username, String password, String displayName, String email) {

	static final int MIN_PASSWORD_LENGTH = 12;

	boolean isComplete() {
		return username != null && !username.isBlank() && password != null && !password.isBlank();
	}

}
