package io.servicedesk.mailbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import io.servicedesk.shared.Foreground;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads the desk's mailbox over IMAP: every message above the folder's cursor (by UID,
 * per UIDVALIDITY), oldest first, each handed to the {@link IncomingMailProcessor} and
 * then marked as seen (or moved to the processed folder); the cursor advances past each
 * message once it is recorded. Where the server offers IDLE, a thread of its own waits
 * for new mail and reads it at once; the poll runs besides, and alone where IDLE is not
 * offered. Several nodes may read one mailbox: the processor records each message once. A
 * lost connection stops a read without moving the cursor, so the next one starts where it
 * stopped. Before each message it {@link Foreground#giveWay() gives way} to the requests
 * being served, so a full mailbox does not slow the pages down.
 */
@Component
class MailboxReader implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(MailboxReader.class);

	/** Messages fetched whole in one command, for fewer round trips. */
	static final int PREFETCHED = 20;

	/** What such a command may bring into memory at once (one message may be larger). */
	static final long PREFETCHED_BYTES = 8L * 1024 * 1024;

	private final MailboxProperties properties;

	private final IncomingMailProcessor processor;

	private final JdbcClient jdbc;

	private final Foreground foreground;

	private final ReentrantLock reading = new ReentrantLock();

	private final AtomicBoolean requested = new AtomicBoolean();

	private volatile boolean running;

	private volatile Store idleStore;

	private Thread idler;

	MailboxReader(MailboxProperties properties, IncomingMailProcessor processor, JdbcClient jdbc,
			Foreground foreground) {
		this.properties = properties;
		this.foreground = foreground;
		this.processor = processor;
		this.jdbc = jdbc;
	}

	@Scheduled(fixedDelayString = "${servicedesk.mailbox.poll-interval:PT30S}",
			initialDelayString = "${servicedesk.mailbox.initial-delay:PT10S}")
	void runScheduled() {
		if (properties.enabled()) {
			read();
		}
	}

	/**
	 * Reads what is new in the mailbox now; returns how many messages this node recorded.
	 * A read asked for while one runs on this node is done by that one, once it has
	 * finished what it was reading.
	 */
	int read() {
		requested.set(true);
		if (!reading.tryLock()) {
			return 0;
		}
		int recorded = 0;
		try {
			while (requested.getAndSet(false)) {
				recorded += readOnce();
			}
			return recorded;
		}
		finally {
			reading.unlock();
		}
	}

	private int readOnce() {
		try (Store store = connect()) {
			Folder folder = store.getFolder(properties.folder());
			folder.open(Folder.READ_WRITE);
			boolean moved = false;
			try {
				int[] result = read(folder);
				moved = result[1] > 0;
				return result[0];
			}
			finally {
				folder.close(moved);
			}
		}
		catch (MessagingException | IOException ex) {
			log.warn("Reading the mailbox {} on {} failed: {}", properties.folder(), properties.host(), ex.toString());
			return 0;
		}
	}

	/** Returns the messages recorded and the messages moved away. */
	private int[] read(Folder folder) throws MessagingException, IOException {
		UIDFolder uids = (UIDFolder) folder;
		long validity = uids.getUIDValidity();
		long last = cursor(validity);
		Message[] messages = uids.getMessagesByUID(last + 1, UIDFolder.MAXUID);
		FetchProfile profile = new FetchProfile();
		profile.add(UIDFolder.FetchProfileItem.UID);
		profile.add(FetchProfile.Item.SIZE);
		profile.add(FetchProfile.Item.ENVELOPE);
		folder.fetch(messages, profile);
		Arrays.sort(messages, Comparator.comparingLong(message -> uid(uids, message)));
		Folder processed = properties.processedFolder() == null ? null
				: folder.getStore().getFolder(properties.processedFolder());
		if (processed != null && !processed.exists()) {
			processed.create(Folder.HOLDS_MESSAGES);
		}
		int recorded = 0;
		int moved = 0;
		List<Message> done = new ArrayList<>();
		try {
			int prefetchedUpTo = 0;
			for (int i = 0; i < messages.length; i++) {
				Message message = messages[i];
				if (i >= prefetchedUpTo) {
					prefetchedUpTo = prefetch(folder, messages, i);
				}
				long uid = uid(uids, message);
				if (uid <= last || message.isExpunged()) {
					continue;
				}
				MailboxPosition position = new MailboxPosition(properties.folder(), validity, uid);
				this.foreground.giveWay();
				long started = System.nanoTime();
				if (message.getSize() > properties.maxSize().toBytes()) {
					recorded += processor
						.tooLarge(position, header(message, "Message-ID"), header(message, "From"),
								header(message, "Subject"), message.getSize())
						.isPresent() ? 1 : 0;
					advance(validity, uid);
					continue;
				}
				recorded += processor.process(position, bytes(message)).isPresent() ? 1 : 0;
				advance(validity, uid);
				done.add(message);
				this.foreground.rest(System.nanoTime() - started);
			}
		}
		finally {
			moved = markProcessed(folder, processed, done);
		}
		return new int[] { recorded, moved };
	}

	/**
	 * Marks what was recorded as seen, or moves it to the processed folder, in one
	 * command for all of them; a crash before this leaves them unmarked, and the cursor
	 * (and each message's recorded row) keeps them from being processed again.
	 */
	private static int markProcessed(Folder folder, Folder processed, List<Message> done) throws MessagingException {
		if (done.isEmpty()) {
			return 0;
		}
		Message[] marked = done.toArray(Message[]::new);
		if (processed == null) {
			folder.setFlags(marked, new Flags(Flags.Flag.SEEN), true);
			return 0;
		}
		folder.copyMessages(marked, processed);
		folder.setFlags(marked, new Flags(Flags.Flag.DELETED), true);
		return marked.length;
	}

	/**
	 * Fetches the whole of the next messages (those within the size limit) in one command
	 * instead of one command each: at most {@link #PREFETCHED} messages and
	 * {@link #PREFETCHED_BYTES} bytes at a time. Returns the index after the last one.
	 */
	private int prefetch(Folder folder, Message[] messages, int from) throws MessagingException {
		List<Message> wanted = new ArrayList<>();
		long bytes = 0;
		int next = from;
		while (next < messages.length && wanted.size() < PREFETCHED
				&& (wanted.isEmpty() || bytes + size(messages[next]) <= PREFETCHED_BYTES)) {
			Message message = messages[next++];
			if (!message.isExpunged() && size(message) <= properties.maxSize().toBytes()) {
				wanted.add(message);
				bytes += size(message);
			}
		}
		if (!wanted.isEmpty() && folder instanceof IMAPFolder) {
			FetchProfile whole = new FetchProfile();
			whole.add(IMAPFolder.FetchProfileItem.MESSAGE);
			folder.fetch(wanted.toArray(Message[]::new), whole);
		}
		return next;
	}

	private static long size(Message message) {
		try {
			return message.getSize();
		}
		catch (MessagingException ex) {
			return Long.MAX_VALUE;
		}
	}

	private static long uid(UIDFolder folder, Message message) {
		try {
			return folder.getUID(message);
		}
		catch (MessagingException ex) {
			return -1;
		}
	}

	private static String header(Message message, String name) throws MessagingException {
		String[] values = message.getHeader(name);
		return values == null || values.length == 0 ? null : values[0];
	}

	private static byte[] bytes(Message message) throws MessagingException, IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(message.getSize(), 1024));
		message.writeTo(out);
		return out.toByteArray();
	}

	private long cursor(long validity) {
		return jdbc.sql("select last_uid from mailbox_cursor where folder = :folder and uid_validity = :validity")
			.param("folder", properties.folder())
			.param("validity", validity)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	private void advance(long validity, long uid) {
		jdbc.sql("""
				insert into mailbox_cursor (folder, uid_validity, last_uid) values (:folder, :validity, :uid)
				on conflict (folder, uid_validity) do update
				set last_uid = greatest(mailbox_cursor.last_uid, excluded.last_uid)""")
			.param("folder", properties.folder())
			.param("validity", validity)
			.param("uid", uid)
			.update();
	}

	private Store connect() throws MessagingException {
		String protocol = properties.protocol();
		Properties settings = new Properties();
		String timeout = Long.toString(properties.timeout().toMillis());
		settings.put("mail." + protocol + ".connectiontimeout", timeout);
		settings.put("mail." + protocol + ".timeout", timeout);
		settings.put("mail." + protocol + ".writetimeout", timeout);
		if ("imaps".equals(protocol)) {
			settings.put("mail.imaps.ssl.checkserveridentity", "true");
		}
		Store store = Session.getInstance(settings).getStore(protocol);
		store.connect(properties.host(), properties.port(), properties.username(), properties.password());
		return store;
	}

	/**
	 * Waits for new mail with IDLE and reads it at once; returns when the server does not
	 * offer IDLE (the poll alone reads then) or the application stops.
	 */
	private void idle() {
		long pause = 1000;
		while (running) {
			try (Store store = connect()) {
				idleStore = store;
				if (!(store instanceof IMAPStore imap) || !imap.hasCapability("IDLE")) {
					log.info("The mailbox server offers no IDLE; the mailbox is polled");
					return;
				}
				IMAPFolder folder = (IMAPFolder) store.getFolder(properties.folder());
				folder.open(Folder.READ_ONLY);
				pause = 1000;
				read();
				while (running && folder.isOpen()) {
					folder.idle(true);
					read();
				}
			}
			catch (MessagingException | RuntimeException ex) {
				if (running) {
					log.debug("Waiting for mail with IDLE failed, trying again in {} ms: {}", pause, ex.toString());
					sleep(pause);
					pause = Math.min(pause * 2, 60_000);
				}
			}
			finally {
				idleStore = null;
			}
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void start() {
		running = true;
		if (properties.enabled() && properties.idle()) {
			idler = new Thread(this::idle, "mailbox-idle");
			idler.setDaemon(true);
			idler.start();
		}
	}

	@Override
	public void stop() {
		running = false;
		Store store = idleStore;
		if (store != null) {
			try {
				store.close();
			}
			catch (MessagingException ex) {
				log.debug("Closing the mailbox connection failed", ex);
			}
		}
		if (idler != null) {
			idler.interrupt();
			idler = null;
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

}
