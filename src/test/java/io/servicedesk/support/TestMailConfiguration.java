package io.servicedesk.support;

import java.util.HashMap;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The tests' mail server, one per test JVM like the database: the application sends to it
 * over SMTP and reads the desk's mailbox from it over IMAP. Its ports are known only once
 * it runs, so they reach the environment before the context is built (the mail sender is
 * made only where {@code spring.mail.host} is set). The schedulers stay still: tests
 * deliver and read when they mean to.
 */
public class TestMailConfiguration implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static GreenMail server;

	/** The JVM's mail server, started on first use. */
	public static synchronized GreenMail server() {
		if (server == null) {
			server = EmbeddedMailServer.start(0, 0);
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "test-mail-server-stop"));
		}
		return server;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		GreenMail mail = server();
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.mail.host", "127.0.0.1");
		properties.put("spring.mail.port", mail.getSmtp().getPort());
		properties.put("servicedesk.mail.from", EmbeddedMailServer.DESK);
		properties.put("servicedesk.mail.delivery-enabled", "false");
		properties.put("servicedesk.mailbox.enabled", "true");
		properties.put("servicedesk.mailbox.protocol", "imap");
		properties.put("servicedesk.mailbox.host", "127.0.0.1");
		properties.put("servicedesk.mailbox.port", mail.getImap().getPort());
		properties.put("servicedesk.mailbox.username", EmbeddedMailServer.DESK);
		properties.put("servicedesk.mailbox.password", EmbeddedMailServer.DESK_PASSWORD);
		properties.put("servicedesk.mailbox.idle", "false");
		properties.put("servicedesk.mailbox.poll-interval", "PT24H");
		properties.put("servicedesk.mailbox.initial-delay", "PT24H");
		properties.put("servicedesk.mailbox.team", "Front Desk");
		properties.put("servicedesk.mailbox.max-size", "200KB");
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-mail-server", properties));
	}

}
