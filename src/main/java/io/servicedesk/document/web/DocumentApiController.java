package io.servicedesk.document.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.servicedesk.attachment.Attachments;
import io.servicedesk.document.DocumentKind;
import io.servicedesk.document.DocumentView;
import io.servicedesk.document.Documents;
import io.servicedesk.document.StatementPeriod;
import io.servicedesk.document.UnknownDocumentKindException;

import org.springframework.core.MethodParameter;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Documents through the API: list a complaint's or a client's documents, make one (a new
 * version: {@code 201} with its {@code Location}), read one and download its PDF. A
 * complaint's documents follow the complaint's access rules (another team's: 403); a
 * letter that cannot be made yet is refused with 422, an unknown kind with 404, a bad
 * statement period with 400 naming the field.
 */
@RestController
class DocumentApiController {

	private final Documents documents;

	private final Attachments attachments;

	DocumentApiController(Documents documents, Attachments attachments) {
		this.documents = documents;
		this.attachments = attachments;
	}

	/** A version of a document. */
	record DocumentResource(long id, String kind, int version, String subject, LocalDate periodFrom, LocalDate periodTo,
			String language, String caseRef, long attachmentId, String filename, long size, String sha256,
			String download, Long outgoingMessageId, String createdBy, Instant createdAt) {

		static DocumentResource of(DocumentView document) {
			return new DocumentResource(document.id(), document.kind().slug(), document.version(),
					document.subjectRef(), document.periodFrom(), document.periodTo(), document.language(),
					document.caseRef(), document.attachmentId(), document.filename(), document.size(),
					document.sha256(), "/api/v1/documents/" + document.id() + "/content", document.outgoingMessageId(),
					document.createdBy(), document.createdAt());
		}

	}

	/** The period of an account statement, both days included. */
	record StatementRequest(LocalDate from, LocalDate to) {
	}

	@GetMapping("/api/v1/complaints/{reference}/documents")
	Map<String, List<DocumentResource>> ofComplaint(@PathVariable String reference, Principal principal) {
		return items(documents.ofComplaint(reference, principal.getName()));
	}

	@PostMapping("/api/v1/complaints/{reference}/documents/{kind}")
	ResponseEntity<DocumentResource> complaintLetter(@PathVariable String reference, @PathVariable String kind,
			Principal principal) {
		return created(documents.forComplaint(reference, kind(kind), principal.getName()));
	}

	@GetMapping("/api/v1/clients/{number}/documents")
	Map<String, List<DocumentResource>> ofClient(@PathVariable String number) {
		return items(documents.ofClient(number));
	}

	@PostMapping("/api/v1/orders/{number}/documents/{kind}")
	ResponseEntity<DocumentResource> orderDocument(@PathVariable String number, @PathVariable String kind,
			Principal principal) {
		return created(documents.forOrder(number, kind(kind), principal.getName()));
	}

	@PostMapping("/api/v1/accounts/{number}/documents/statement")
	ResponseEntity<DocumentResource> statement(@PathVariable String number, @RequestBody StatementRequest request,
			Principal principal) throws MethodArgumentNotValidException, NoSuchMethodException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(request, "statementRequest");
		for (StatementPeriod.Problem problem : StatementPeriod.problems(request.from(), request.to(),
				documents.today())) {
			errors.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
		}
		if (errors.hasErrors()) {
			throw new MethodArgumentNotValidException(new MethodParameter(DocumentApiController.class
				.getDeclaredMethod("statement", String.class, StatementRequest.class, Principal.class), 1), errors);
		}
		return created(documents.statement(number, request.from(), request.to(), principal.getName()));
	}

	@GetMapping("/api/v1/documents/{id}")
	DocumentResource get(@PathVariable long id, Principal principal) {
		return DocumentResource.of(documents.get(id, principal.getName()));
	}

	/** The PDF, as a download, never sniffed. */
	@GetMapping("/api/v1/documents/{id}/content")
	ResponseEntity<Resource> content(@PathVariable long id, Principal principal) throws IOException {
		DocumentView document = documents.get(id, principal.getName());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.contentLength(document.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(document.filename(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(new InputStreamResource(attachments.open(document.attachmentId())));
	}

	private static DocumentKind kind(String name) {
		return DocumentKind.of(name).orElseThrow(() -> new UnknownDocumentKindException(name));
	}

	private static ResponseEntity<DocumentResource> created(DocumentView document) {
		return ResponseEntity.created(URI.create("/api/v1/documents/" + document.id()))
			.body(DocumentResource.of(document));
	}

	private static Map<String, List<DocumentResource>> items(List<DocumentView> found) {
		return Map.of("items", found.stream().map(DocumentResource::of).toList());
	}

}
