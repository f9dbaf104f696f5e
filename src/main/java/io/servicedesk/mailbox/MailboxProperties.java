package io.servicedesk.mailbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code servicedesk.mailbox.*}: the desk's mailbox and how it is read.
 *
 * @param enabled whether this node reads the mailbox at all
 * @param protocol {@code imaps} in production ({@code imap} on a local test server)
 * @param folder the folder clients' mail arrives in
 * @param processedFolder where processed messages are moved to ({@code null}: they stay
 * and are marked as seen)
 * @param idle whether to wait for new mail with IMAP IDLE where the server offers it
 * ({@code servicedesk.mailbox.poll-interval} polls besides, and alone where IDLE is not
 * offered)
 * @param maxSize larger messages are set aside for an administrator, unread
 * @param team the team new inquiries from mail go to (by name)
 * @param defaultLanguage the language of a sender no client has, unless their mail says
 * @param timeout how long a connection, a read or a write may take
 */
@ConfigurationProperties("servicedesk.mailbox")
public record MailboxProperties(boolean enabled, String protocol, String host, Integer port, String username,
		String password, String folder, String processedFolder, Boolean idle, DataSize maxSize, String team,
		String defaultLanguage, Duration timeout) {

	public MailboxProperties {
		protocol = protocol == null || protocol.isBlank() ? "imaps" : protocol.strip();
		port = port == null ? ("imaps".equals(protocol) ? 993 : 143) : port;
		folder = folder == null || folder.isBlank() ? "INBOX" : folder.strip();
		processedFolder = processedFolder == null || processedFolder.isBlank() ? null : processedFolder.strip();
		idle = idle == null || idle;
		maxSize = maxSize == null ? DataSize.ofMegabytes(25) : maxSize;
		defaultLanguage = defaultLanguage == null || defaultLanguage.isBlank() ? "en" : defaultLanguage.strip();
		timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
	}

}
