package io.servicedesk.document;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.servicedesk.attachment.AttachmentOrigin;
import io.servicedesk.attachment.AttachmentView;
import io.servicedesk.attachment.Attachments;
import io.servicedesk.attachment.NewAttachment;
import io.servicedesk.attachment.Upload;
import io.servicedesk.audit.AuditLog;
import io.servicedesk.audit.AuditRecord;
import io.servicedesk.casework.CaseEntryKind;
import io.servicedesk.casework.CaseEntryView;
import io.servicedesk.casework.CaseTimeline;
import io.servicedesk.casework.Viewer;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.complaint.ComplaintAcknowledged;
import io.servicedesk.complaint.ComplaintDetails;
import io.servicedesk.complaint.ComplaintResolved;
import io.servicedesk.complaint.ComplaintService;
import io.servicedesk.complaint.ComplaintStatus;
import io.servicedesk.order.OrderDetails;
import io.servicedesk.order.OrderService;
import io.servicedesk.order.OrderStatus;
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.account.AccountDetails;
import io.servicedesk.account.AccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The document module's public API: make a document (a new version each time; the earlier
 * ones stay), list the documents of a complaint or of a client's record, and read one.
 * The complaint letters are also made by themselves when the acknowledgement or the
 * decision goes to the client, in the same transaction, and go with its e-mail.
 * <p>
 * Access: a complaint's documents follow the complaint's rules (another team's complaint
 * is refused with 403); a client's record, with its orders and accounts, is open to all
 * staff.
 */
@Service
public class Documents {

	private static final Logger log = LoggerFactory.getLogger(Documents.class);

	private final DocumentRepository documents;

	private final DocumentTemplates templates;

	private final PdfRenderer renderer;

	private final Attachments attachments;

	private final ComplaintService complaints;

	private final ClientService clients;

	private final OrderService orders;

	private final AccountService accounts;

	private final CaseTimeline timeline;

	private final AuditLog auditLog;

	private final Clock clock;

	Documents(DocumentRepository documents, DocumentTemplates templates, PdfRenderer renderer, Attachments attachments,
			ComplaintService complaints, ClientService clients, OrderService orders, AccountService accounts,
			CaseTimeline timeline, AuditLog auditLog, Clock clock) {
		this.documents = documents;
		this.templates = templates;
		this.renderer = renderer;
		this.attachments = attachments;
		this.complaints = complaints;
		this.clients = clients;
		this.orders = orders;
		this.accounts = accounts;
		this.timeline = timeline;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** The documents of a complaint the staff member may see, newest first. */
	@Transactional(readOnly = true)
	public List<DocumentView> ofComplaint(String reference, String username) {
		ComplaintDetails complaint = complaints.get(reference, complaints.viewer(username));
		return views(documents.findByCaseRefOrderByIdDesc(complaint.reference()),
				attachments.ofCase(complaint.reference()));
	}

	/**
	 * The documents of a case, newest first, for a caller that has checked that the
	 * reader may see the case (its page).
	 */
	@Transactional(readOnly = true)
	public List<DocumentView> ofCase(String caseRef) {
		return views(documents.findByCaseRefOrderByIdDesc(caseRef), attachments.ofCase(caseRef));
	}

	/** The documents of a client's record (orders, refunds, statements), newest first. */
	@Transactional(readOnly = true)
	public List<DocumentView> ofClient(long clientId) {
		return views(documents.findByClientIdAndCaseRefIsNullOrderByIdDesc(clientId), attachments.ofClient(clientId));
	}

	/**
	 * {@link #ofClient(long)} for a page that has read the record's files already (the
	 * 360° page lists them too).
	 */
	@Transactional(readOnly = true)
	public List<DocumentView> ofClient(long clientId, List<AttachmentView> recordFiles) {
		return views(documents.findByClientIdAndCaseRefIsNullOrderByIdDesc(clientId), recordFiles);
	}

	/** {@link #ofClient(long)} by the client's number. */
	@Transactional(readOnly = true)
	public List<DocumentView> ofClient(String clientNumber) {
		return ofClient(clients.require(clientNumber).id());
	}

	/** One version, for a staff member who may see its complaint or client. */
	@Transactional(readOnly = true)
	public DocumentView get(long id, String username) {
		DocumentRecord document = documents.findById(id).orElseThrow(() -> new DocumentNotFoundException(id));
		if (document.getCaseRef() != null) {
			complaints.get(document.getCaseRef(), complaints.viewer(username));
		}
		return document.view(attachments.get(document.getAttachmentId()));
	}

	/** Today in the desk's time zone: a statement ends on it at the latest. */
	public LocalDate today() {
		return templates.today();
	}

	/** The complaint letters that can be made now: each once its step was taken. */
	public List<DocumentKind> availableFor(ComplaintDetails complaint) {
		return java.util.stream.Stream.of(DocumentKind.COMPLAINT_ACKNOWLEDGEMENT, DocumentKind.COMPLAINT_DECISION)
			.filter(kind -> unavailable(kind, complaint) == null)
			.toList();
	}

	/** The order documents that can be made now: a refund confirmation once refunded. */
	public List<DocumentKind> availableFor(OrderDetails order) {
		return order.status() == OrderStatus.RETURNED && order.refundAmount() != null
				? List.of(DocumentKind.ORDER_CONFIRMATION, DocumentKind.REFUND_CONFIRMATION)
				: List.of(DocumentKind.ORDER_CONFIRMATION);
	}

	/**
	 * Makes a complaint letter again (or for the first time) as the complaint stands: a
	 * new version on the case, not sent.
	 */
	@Transactional
	public DocumentView forComplaint(String reference, DocumentKind kind, String username) {
		Viewer viewer = complaints.viewer(username);
		ComplaintDetails complaint = complaints.get(reference, viewer);
		if (kind.subject() != DocumentKind.Subject.COMPLAINT) {
			throw new RuleViolationException("document.kind.not-for-complaint", kind.slug());
		}
		String refusal = unavailable(kind, complaint);
		if (refusal != null) {
			throw new RuleViolationException(refusal, complaint.reference());
		}
		ClientDetails client = clients.get(complaint.client().number());
		return store(kind, complaint.reference(), null, null, templates.complaintLetter(kind, complaint, client),
				NewAttachment.onCase(client.id(), complaint.reference(), AttachmentOrigin.DOCUMENT), username);
	}

	/** Makes an order confirmation or a refund confirmation, on the client's record. */
	@Transactional
	public DocumentView forOrder(String number, DocumentKind kind, String username) {
		OrderDetails order = orders.get(number);
		if (kind.subject() != DocumentKind.Subject.ORDER) {
			throw new RuleViolationException("document.kind.not-for-order", kind.slug());
		}
		if (!availableFor(order).contains(kind)) {
			throw new RuleViolationException("document.unavailable.not-refunded", order.number());
		}
		ClientDetails client = clients.get(clients.ref(order.clientId()).number());
		return store(kind, order.number(), null, null, templates.orderDocument(kind, order, client), onRecord(client),
				username);
	}

	/**
	 * Makes an account statement for the days from {@code from} to {@code to}, both
	 * included, on the client's record; the period must pass
	 * {@link StatementPeriod#problems}.
	 */
	@Transactional
	public DocumentView statement(String accountNumber, LocalDate from, LocalDate to, String username) {
		AccountDetails account = accounts.get(accountNumber);
		List<StatementPeriod.Problem> problems = StatementPeriod.problems(from, to, templates.today());
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems.get(0).messageKey(), problems.get(0).arguments());
		}
		ClientDetails client = clients.get(clients.ref(account.clientId()).number());
		Instant start = templates.startOf(from);
		Instant end = templates.startOf(to.plusDays(1));
		List<OrderDetails> charged = orders.ofAccount(account.number(), start, end);
		return store(DocumentKind.ACCOUNT_STATEMENT, account.number(), from, to,
				templates.statement(account, client, from, to, charged), onRecord(client), username);
	}

	/**
	 * The acknowledgement went to the client: its letter goes with the message on the
	 * case's timeline and, where it was e-mailed, with the e-mail.
	 */
	@EventListener
	void on(ComplaintAcknowledged acknowledged) {
		letterWithMessage(DocumentKind.COMPLAINT_ACKNOWLEDGEMENT, acknowledged.reference(), acknowledged.actor());
	}

	/** The decision went to the client: its letter goes with it, as above. */
	@EventListener
	void on(ComplaintResolved resolved) {
		letterWithMessage(DocumentKind.COMPLAINT_DECISION, resolved.reference(), resolved.approvedBy());
	}

	private void letterWithMessage(DocumentKind kind, String reference, String actor) {
		ComplaintDetails complaint = complaints.get(reference, complaints.viewer(actor));
		ClientDetails client = clients.get(complaint.client().number());
		Optional<CaseEntryView> message = timeline.entries(reference)
			.stream()
			.filter(entry -> entry.kind() == CaseEntryKind.MESSAGE_OUT)
			.max(Comparator.comparingLong(CaseEntryView::id));
		NewAttachment target = NewAttachment.onCase(client.id(), complaint.reference(), AttachmentOrigin.DOCUMENT);
		if (message.isPresent()) {
			target = target.withEntry(message.get().id(), message.get().outgoingMessageId(), null);
		}
		Path pdf;
		DocumentTemplates.Content content;
		try {
			content = templates.complaintLetter(kind, complaint, client);
			pdf = render(content);
		}
		catch (RuntimeException ex) {
			// the step stands without its letter, which can be made from the complaint
			// page
			log.error("The {} of complaint {} could not be made", kind, reference, ex);
			return;
		}
		store(kind, complaint.reference(), null, null, content, pdf, target, actor);
	}

	private DocumentView store(DocumentKind kind, String subjectRef, LocalDate from, LocalDate to,
			DocumentTemplates.Content content, NewAttachment target, String actor) {
		return store(kind, subjectRef, from, to, content, render(content), target, actor);
	}

	private DocumentView store(DocumentKind kind, String subjectRef, LocalDate from, LocalDate to,
			DocumentTemplates.Content content, Path pdf, NewAttachment target, String actor) {
		try {
			int version = (from == null ? documents.latestVersion(kind, subjectRef)
					: documents.latestVersion(kind, subjectRef, from, to)) + 1;
			String filename = content.filename() + (version > 1 ? " (" + version + ")" : "") + ".pdf";
			AttachmentView file = attachments.store(target, new Upload(filename, () -> Files.newInputStream(pdf)),
					actor);
			DocumentRecord document = documents.save(new DocumentRecord(kind, subjectRef, from, to, version,
					content.language().tag(), file, clock.instant()));
			auditLog.record(AuditRecord.of(actor, "document.created", "document", subjectRef)
				.change(null, kind.slug() + " v" + version + (from == null ? "" : " " + from + ".." + to)));
			return document.view(file);
		}
		finally {
			delete(pdf);
		}
	}

	private Path render(DocumentTemplates.Content content) {
		Path pdf = null;
		try {
			pdf = Files.createTempFile("document-", ".pdf");
			try (OutputStream out = Files.newOutputStream(pdf)) {
				renderer.render(content.html(), out);
			}
			return pdf;
		}
		catch (IOException ex) {
			delete(pdf);
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			delete(pdf);
			throw ex;
		}
	}

	private static void delete(Path path) {
		if (path == null) {
			return;
		}
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			path.toFile().deleteOnExit();
		}
	}

	private static NewAttachment onRecord(ClientDetails client) {
		return new NewAttachment(client.id(), null, null, null, null, AttachmentOrigin.DOCUMENT, null);
	}

	/** Why a complaint letter cannot be made now (a message key), or {@code null}. */
	private static String unavailable(DocumentKind kind, ComplaintDetails complaint) {
		return switch (kind) {
			case COMPLAINT_ACKNOWLEDGEMENT ->
				complaint.acknowledgedAt() == null ? "document.unavailable.not-acknowledged" : null;
			case COMPLAINT_DECISION -> complaint.proposal() != null && complaint.resolvedAt() != null
					&& (complaint.status() == ComplaintStatus.RESOLVED || complaint.status() == ComplaintStatus.CLOSED)
							? null : "document.unavailable.not-decided";
			default -> "document.kind.not-for-complaint";
		};
	}

	private static List<DocumentView> views(List<DocumentRecord> found, List<AttachmentView> files) {
		Map<Long, AttachmentView> byId = files.stream()
			.collect(Collectors.toMap(AttachmentView::id, Function.identity()));
		return found.stream().map(document -> document.view(byId.get(document.getAttachmentId()))).toList();
	}

}
