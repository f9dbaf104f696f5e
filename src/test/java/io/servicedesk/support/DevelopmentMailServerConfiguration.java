package io.servicedesk.support;

import com.icegreen.greenmail.util.GreenMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import servicedesk.dev.DevelopmentMailboxes;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * A real mail server for the quick start (GreenMail, SMTP on port 3025 and IMAP on 3143
 * unless {@code servicedesk.dev-mail.smtp-port} and {@code .imap-port} say otherwise):
 * the desk sends to it and reads its own mailbox from it, and a newcomer reads what the
 * desk sent and writes to the desk as a client, with a mail program, a command or the
 * page {@code /dev/mailboxes}. It lives with the tests, so the jar has none of it; the
 * profile {@code dev-mail} (src/test/resources) points the application at it.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(DevelopmentMailboxes.class)
public class DevelopmentMailServerConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DevelopmentMailServerConfiguration.class);

	@Bean(destroyMethod = "stop")
	GreenMail developmentMailServer(@Value("${servicedesk.dev-mail.smtp-port:3025}") int smtpPort,
			@Value("${servicedesk.dev-mail.imap-port:3143}") int imapPort) {
		GreenMail server = EmbeddedMailServer.start(smtpPort, imapPort);
		log.info("Embedded mail server: SMTP on port {}, IMAP on port {}; the desk's mailbox is {}",
				server.getSmtp().getPort(), server.getImap().getPort(), EmbeddedMailServer.DESK);
		return server;
	}

}
