package io.servicedesk.complaint.web;

import java.net.URI;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import io.servicedesk.attachment.Upload;
import io.servicedesk.casework.CaseIdempotency;
import io.servicedesk.casework.ReplyRoute;
import io.servicedesk.casework.Viewer;
import io.servicedesk.casework.Visibility;
import io.servicedesk.casework.web.ClientContactRequest;
import io.servicedesk.casework.web.Uploads;
import io.servicedesk.complaint.ComplaintDetails;
import io.servicedesk.complaint.ComplaintQueue;
import io.servicedesk.complaint.ComplaintQueueFilter;
import io.servicedesk.complaint.ComplaintQueuePage;
import io.servicedesk.complaint.ComplaintService;
import io.servicedesk.complaint.ComplaintView;
import io.servicedesk.complaint.Outcome;
import io.servicedesk.complaint.Reassignment;
import io.servicedesk.complaint.Severity;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.Validator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/complaints}: register, list the queue's views, read with the SLA block
 * and the timeline, and one {@code POST} per workflow step (docs/architecture.md, "Pages,
 * API and security"). Illegal steps answer 409, refused rules (the four-eyes rule, the
 * amount rule) 422, another team's complaint 403.
 */
@RestController
@RequestMapping("/api/v1/complaints")
class ComplaintApiController {

	static final int DEFAULT_LIMIT = 25;

	private final ComplaintService complaints;

	private final ComplaintQueue queue;

	private final Validator validator;

	ComplaintApiController(ComplaintService complaints, ComplaintQueue queue, jakarta.validation.Validator validator) {
		this.complaints = complaints;
		this.queue = queue;
		this.validator = new SpringValidatorAdapter(validator);
	}

	/**
	 * Registers a complaint of an existing client or of a new client (matched against the
	 * known clients by e-mail and phone first); idempotent with an
	 * {@code Idempotency-Key}.
	 */
	@PostMapping
	ResponseEntity<ComplaintResource> create(@RequestBody ComplaintRequests.Create request,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Principal principal)
			throws MethodArgumentNotValidException {
		ClientContactRequest.validate(validator, request, request.clientNumber(), request.client(), idempotencyKey,
				ComplaintApiController.class);
		CaseIdempotency.Once<ComplaintDetails> created = complaints.registerOnce(request.toCommand(false),
				viewer(principal), idempotencyKey);
		return ResponseEntity.created(URI.create("/api/v1/complaints/" + created.value().reference()))
			.header("Idempotent-Replayed", Boolean.toString(created.replayed()))
			.body(of(created.value()));
	}

	@GetMapping
	Map<String, Object> list(@RequestParam(required = false) ComplaintView view,
			@RequestParam(required = false) String team, @RequestParam(required = false) String assignee,
			@RequestParam(required = false) Severity severity, @RequestParam(required = false) String category,
			@RequestParam(required = false) Integer olderThanDays, @RequestParam(required = false) Outcome outcome,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String after,
			Principal principal) {
		ComplaintQueuePage page = queue.page(viewer(principal),
				new ComplaintQueueFilter(view, team, assignee, severity, category,
						olderThanDays == null ? null : Math.max(0, olderThanDays), outcome),
				limit == null ? DEFAULT_LIMIT : limit, after);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("items", page.items().stream().map(ComplaintResource.Row::of).toList());
		body.put("next", page.next());
		return body;
	}

	@GetMapping("/counts")
	Object counts(Principal principal) {
		return queue.counts(viewer(principal));
	}

	@GetMapping("/{reference}")
	ComplaintResource get(@PathVariable String reference, Principal principal) {
		ComplaintDetails complaint = complaints.get(reference, viewer(principal));
		return ComplaintResource.of(complaint, complaints.timeline(complaint), complaints.inquiryTimeline(complaint));
	}

	@PostMapping("/{reference}/acknowledge")
	ComplaintResource acknowledge(@PathVariable String reference,
			@Valid @RequestBody ComplaintRequests.Acknowledge request, Principal principal) {
		return of(complaints
			.acknowledge(reference, viewer(principal), request.message(),
					ReplyRoute.requested(request.via(), request.to()), request.version())
			.details());
	}

	@PostMapping("/{reference}/investigate")
	ComplaintResource investigate(@PathVariable String reference,
			@Valid @RequestBody(required = false) ComplaintRequests.Step request, Principal principal) {
		return of(complaints.investigate(reference, viewer(principal), request == null ? null : request.version()));
	}

	@PostMapping("/{reference}/forward")
	ComplaintResource forward(@PathVariable String reference, @Valid @RequestBody ComplaintRequests.Forward request,
			Principal principal) {
		return of(complaints.forward(reference, viewer(principal), request.team(), request.question(),
				request.answerDueAt().toInstant(), request.version()));
	}

	@PostMapping("/{reference}/findings")
	ComplaintResource finding(@PathVariable String reference, @Valid @RequestBody ComplaintRequests.Finding request,
			Principal principal) {
		return of(complaints.recordFinding(reference, viewer(principal), request.body(), request.version()));
	}

	@PostMapping("/{reference}/propose-resolution")
	ComplaintResource propose(@PathVariable String reference,
			@Valid @RequestBody ComplaintRequests.ProposeResolution request, Principal principal) {
		return of(complaints.proposeResolution(reference, viewer(principal), request.toProposal(), request.version()));
	}

	@PostMapping("/{reference}/review")
	ComplaintResource review(@PathVariable String reference, @Valid @RequestBody ComplaintRequests.Review request,
			Principal principal) {
		return of(complaints.review(reference, viewer(principal), request.decision(), request.comment(),
				request.version()));
	}

	@PostMapping("/{reference}/close")
	ComplaintResource close(@PathVariable String reference,
			@Valid @RequestBody(required = false) ComplaintRequests.Step request, Principal principal) {
		return of(complaints.close(reference, viewer(principal), request == null ? null : request.version()));
	}

	@PostMapping("/{reference}/reopen")
	ComplaintResource reopen(@PathVariable String reference, @Valid @RequestBody ComplaintRequests.Reopen request,
			Principal principal) {
		return of(complaints.reopen(reference, viewer(principal), request.reason(), request.version()));
	}

	@PostMapping(path = "/{reference}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ComplaintResource> message(@PathVariable String reference,
			@Valid @RequestBody ComplaintRequests.Message request, Principal principal) {
		return message(reference, request, List.of(), principal);
	}

	/**
	 * A reply or an internal note with files: the message as the JSON part
	 * {@code message}, the files as parts {@code files}.
	 */
	@PostMapping(path = "/{reference}/messages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ComplaintResource> messageWithFiles(@PathVariable String reference,
			@Valid @RequestPart("message") ComplaintRequests.Message request,
			@RequestPart(name = "files", required = false) List<MultipartFile> files, Principal principal) {
		return message(reference, request, Uploads.of(files), principal);
	}

	private ResponseEntity<ComplaintResource> message(String reference, ComplaintRequests.Message request,
			List<Upload> files, Principal principal) {
		Viewer viewer = viewer(principal);
		return created(request.visibility() == Visibility.INTERNAL
				? complaints.addNote(reference, viewer, request.body(), files, request.version())
				: complaints
					.reply(reference, viewer, request.body(), ReplyRoute.requested(request.via(), request.to()), files,
							request.version())
					.details());
	}

	@PostMapping("/{reference}/assign")
	ComplaintResource assign(@PathVariable String reference, @Valid @RequestBody ComplaintRequests.Assign request,
			Principal principal) {
		return of(
				complaints.assign(reference, viewer(principal), request.assignee(), request.team(), request.version()));
	}

	/** Bulk reassignment (supervisors): one result per complaint. */
	@PostMapping("/reassign")
	Map<String, List<Reassignment>> reassign(@Valid @RequestBody ComplaintRequests.BulkReassign request,
			Principal principal) {
		return Map.of("results",
				complaints.reassign(request.selected(), viewer(principal), request.assignee(), request.team()));
	}

	private static ResponseEntity<ComplaintResource> created(ComplaintDetails complaint) {
		return ResponseEntity.created(URI.create("/api/v1/complaints/" + complaint.reference())).body(of(complaint));
	}

	private static ComplaintResource of(ComplaintDetails complaint) {
		return ComplaintResource.of(complaint, null, null);
	}

	private Viewer viewer(Principal principal) {
		return complaints.viewer(principal.getName());
	}

}
