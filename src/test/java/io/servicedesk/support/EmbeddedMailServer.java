package io.servicedesk.support;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP and IMAP server in the JVM (GreenMail) for the quick start and the tests:
 * the desk's mailbox and a mailbox for every address mail is sent to. It delivers a
 * sub-address ({@code desk+inq-000123.token@…}) to its mailbox ({@code desk@…}), as
 * production mail servers do, and signs anyone in with any password.
 */
public final class EmbeddedMailServer {

	public static final String DESK = "desk@servicedesk.local";

	public static final String DESK_PASSWORD = "desk";

	private EmbeddedMailServer() {
	}

	/** Started on the given ports ({@code 0}: free ones). */
	public static GreenMail start(int smtpPort, int imapPort) {
		ServerSetup smtp = new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
		ServerSetup imap = new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP);
		GreenMail server = new GreenMail(new ServerSetup[] { smtpPort == 0 ? smtp.dynamicPort() : smtp,
				imapPort == 0 ? imap.dynamicPort() : imap });
		server.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication().withSieveIgnoreDetail());
		server.start();
		server.setUser(DESK, DESK, DESK_PASSWORD);
		return server;
	}

}
