package io.servicedesk.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import io.servicedesk.audit.AuditLog;
import io.servicedesk.audit.AuditRecord;
import io.servicedesk.client.ClientErased;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The attachment module's public API: store files on a client's record or on a case, list
 * them, read them, and erase a client's files with the client.
 * <p>
 * A file is first copied to a temporary file on disk, counted and hashed (SHA-256) on the
 * way; its type is then read from that copy and checked; only then does it go to the
 * storage, in the caller's transaction (the database storage's chunks commit or roll back
 * with the change the file belongs to). Nothing of it is held in memory beyond a buffer.
 */
@Service
public class Attachments {

	private final AttachmentRepository attachments;

	private final AttachmentStorage storage;

	private final Map<String, AttachmentStorage> storages;

	private final FileTypes types;

	private final AttachmentsProperties properties;

	private final AuditLog auditLog;

	private final Clock clock;

	private final JdbcClient jdbc;

	Attachments(AttachmentRepository attachments, List<AttachmentStorage> storages, AttachmentsProperties properties,
			FileTypes types, AuditLog auditLog, Clock clock, JdbcClient jdbc) {
		this.attachments = attachments;
		this.jdbc = jdbc;
		this.storages = storages.stream()
			.collect(java.util.stream.Collectors.toMap(AttachmentStorage::name, storage -> storage));
		this.storage = this.storages.get(properties.storage().equals("s3") ? "S3" : "DATABASE");
		this.types = types;
		this.properties = properties;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** The largest file taken. */
	public long maxFileSize() {
		return properties.maxFileSize().toBytes();
	}

	/** The most the files of one message may add up to. */
	public long maxPerMessage() {
		return properties.maxPerMessage().toBytes();
	}

	/**
	 * Stores the files of one message (or upload) where the target says: each must be of
	 * an accepted type and within the size of a file, all together within the size of a
	 * message; otherwise none is stored ({@link AttachmentTooLargeException},
	 * {@link AttachmentRefusedException}).
	 */
	@Transactional
	public List<AttachmentView> store(NewAttachment target, Collection<Upload> uploads, String actor) {
		List<Spooled> spooled = new ArrayList<>();
		try {
			long total = 0;
			for (Upload upload : uploads) {
				Spooled file = spool(upload);
				spooled.add(file);
				total += file.size();
				if (total > maxPerMessage()) {
					throw new AttachmentTooLargeException("attachment.message-too-large",
							properties.maxPerMessage().toMegabytes());
				}
			}
			List<AttachmentView> stored = new ArrayList<>();
			for (Spooled file : spooled) {
				stored.add(keep(target, file, actor));
			}
			return stored;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			spooled.forEach(Spooled::delete);
		}
	}

	/**
	 * Stores each file that may be kept and says of the others why not, without refusing
	 * the lot: for what arrived by mail, whose original keeps every part anyway.
	 */
	@Transactional
	public KeptFiles keepEach(NewAttachment target, Collection<Upload> uploads, String actor) {
		List<AttachmentView> kept = new ArrayList<>();
		List<KeptFiles.Refused> refused = new ArrayList<>();
		for (Upload upload : uploads) {
			Spooled file = null;
			try {
				file = spool(upload);
				kept.add(keep(target, file, actor));
			}
			catch (AttachmentTooLargeException | AttachmentRefusedException ex) {
				refused.add(new KeptFiles.Refused(FileNames.clean(upload.filename()), ex.getMessageKey(),
						List.of(ex.getArguments())));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			finally {
				if (file != null) {
					file.delete();
				}
			}
		}
		return new KeptFiles(List.copyOf(kept), List.copyOf(refused));
	}

	/** One file, refused like {@link #store}. */
	@Transactional
	public AttachmentView store(NewAttachment target, Upload upload, String actor) {
		return store(target, List.of(upload), actor).get(0);
	}

	@Transactional(readOnly = true)
	public AttachmentView get(long id) {
		return load(id).view();
	}

	/**
	 * A case was merged into another: its files (with the messages they came with) are
	 * the survivor's from now on. Answers how many moved.
	 */
	@Transactional
	public int moveCase(String fromCaseRef, String toCaseRef) {
		return attachments.moveCase(fromCaseRef, toCaseRef);
	}

	/** A case's files, in the order they came. */
	@Transactional(readOnly = true)
	public List<AttachmentView> ofCase(String caseRef) {
		return attachments.findByCaseRefOrderByIdAsc(caseRef).stream().map(Attachment::view).toList();
	}

	/** The files of a client's record (not of their cases), newest first. */
	@Transactional(readOnly = true)
	public List<AttachmentView> ofClient(long clientId) {
		return attachments.findByClientIdAndCaseRefIsNullOrderByIdDesc(clientId)
			.stream()
			.map(Attachment::view)
			.toList();
	}

	/**
	 * The files people added to a client's record, newest first, without the documents
	 * the desk made (those are listed with their versions by the document module).
	 */
	@Transactional(readOnly = true)
	public List<AttachmentView> addedToRecord(long clientId) {
		return attachments.findByClientIdAndCaseRefIsNullAndOriginNotOrderByIdDesc(clientId, AttachmentOrigin.DOCUMENT)
			.stream()
			.map(Attachment::view)
			.toList();
	}

	/** The files that came with these messages of a case, in one query. */
	@Transactional(readOnly = true)
	public List<AttachmentView> ofEntries(Collection<Long> caseEntryIds) {
		if (caseEntryIds.isEmpty()) {
			return List.of();
		}
		// read as rows with the ids as one array: a case page asks for the files of all
		// its
		// entries, and a list of values would make a new statement for each length
		return jdbc.sql("""
				select id, client_id, case_ref, case_entry_id, outgoing_message_id, incoming_mail_id, origin, filename,
				       content_type, size_bytes, sha256, description, created_by, created_at
				from attachment where case_entry_id = any(?) order by id
				""").param(caseEntryIds.toArray(Long[]::new)).query(Attachments::view).list();
	}

	private static AttachmentView view(ResultSet row, int number) throws SQLException {
		String contentType = row.getString("content_type");
		return new AttachmentView(row.getLong("id"), row.getLong("client_id"), row.getString("case_ref"),
				row.getObject("case_entry_id", Long.class), row.getObject("outgoing_message_id", Long.class),
				row.getObject("incoming_mail_id", Long.class), AttachmentOrigin.valueOf(row.getString("origin")),
				row.getString("filename"), contentType, row.getLong("size_bytes"), row.getString("sha256"),
				row.getString("description"), row.getString("created_by"),
				row.getObject("created_at", OffsetDateTime.class).toInstant(), FileTypes.inline(contentType));
	}

	/** What an outgoing mail carries. */
	@Transactional(readOnly = true)
	public List<AttachmentView> ofOutgoingMessage(long outgoingMessageId) {
		return attachments.findByOutgoingMessageIdOrderByIdAsc(outgoingMessageId)
			.stream()
			.map(Attachment::view)
			.toList();
	}

	/**
	 * The content of a file, read as it is consumed; the caller closes it. Whoever asks
	 * must have checked that the reader may see the file's case or client.
	 */
	public InputStream open(long id) throws IOException {
		Attachment attachment = load(id);
		return storageOf(attachment).open(attachment.getStorageKey());
	}

	/**
	 * Where a file is kept; a file kept in S3 needs the S3 storage configured even after
	 * the desk has switched to the database for new files.
	 */
	private AttachmentStorage storageOf(Attachment attachment) {
		AttachmentStorage kept = storages.get(attachment.getStorage());
		if (kept == null) {
			throw new IllegalStateException("Attachment " + attachment.getId() + " is kept in "
					+ attachment.getStorage() + ", which is not configured (servicedesk.attachments.s3-*)");
		}
		return kept;
	}

	/**
	 * An erased client's files go from every storage, with the client's other personal
	 * data; the audit log says how many.
	 */
	@ApplicationModuleListener
	void on(ClientErased erased) throws IOException {
		List<Attachment> files = attachments.findByClientId(erased.clientId());
		for (Attachment file : files) {
			storageOf(file).delete(file.getStorageKey());
		}
		attachments.deleteAll(files);
		auditLog.record(AuditRecord.of(erased.actor(), "attachment.erased", "client", erased.number())
			.change(files.size() + " files", "erased"));
	}

	/** A checked file into the storage, and its row. */
	private AttachmentView keep(NewAttachment target, Spooled file, String actor) throws IOException {
		String key = storage.store(file.path(), file.size());
		return attachments
			.save(new Attachment(target, file.name(), file.type(), file.size(), file.sha256(), storage.name(), key,
					actor, clock.instant()))
			.view();
	}

	private Attachment load(long id) {
		return attachments.findById(id).orElseThrow(() -> new AttachmentNotFoundException(id));
	}

	/**
	 * Copies an upload to a temporary file, counting and hashing it; refuses it once it
	 * is larger than a file may be, and once its type is known when that type is not
	 * accepted.
	 */
	private Spooled spool(Upload upload) throws IOException {
		String name = FileNames.clean(upload.filename());
		Path path = Files.createTempFile("attachment-", ".upload");
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			long size = 0;
			try (InputStream in = upload.content().open();
					OutputStream out = new DigestOutputStream(Files.newOutputStream(path), sha256)) {
				byte[] buffer = new byte[64 * 1024];
				int read;
				while ((read = in.read(buffer)) >= 0) {
					size += read;
					if (size > maxFileSize()) {
						throw new AttachmentTooLargeException("attachment.too-large", name,
								properties.maxFileSize().toMegabytes());
					}
					out.write(buffer, 0, read);
				}
			}
			String type = types.detect(path, name);
			if (!FileTypes.allowed(type)) {
				throw new AttachmentRefusedException("attachment.type-refused", name, type);
			}
			return new Spooled(path, name, type, size, HexFormat.of().formatHex(sha256.digest()));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(path);
			throw ex;
		}
	}

	private record Spooled(Path path, String name, String type, long size, String sha256) {

		void delete() {
			try {
				Files.deleteIfExists(path);
			}
			catch (IOException ex) {
				path.toFile().deleteOnExit();
			}
		}

	}

}
