package io.servicedesk.inquiry.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.casework.CaseIdempotency;
import io.servicedesk.casework.QueueFilter;
import io.servicedesk.casework.QueueParameters;
import io.servicedesk.casework.QueuePage;
import io.servicedesk.casework.QueueSort;
import io.servicedesk.casework.QueueView;
import io.servicedesk.casework.ReplyRoute;
import io.servicedesk.casework.Viewer;
import io.servicedesk.casework.Visibility;
import io.servicedesk.attachment.Upload;
import io.servicedesk.casework.web.ClientContactRequest;
import io.servicedesk.casework.web.Uploads;
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.inquiry.InquiryDetails;
import io.servicedesk.inquiry.InquiryMerge;
import io.servicedesk.inquiry.InquiryService;
import io.servicedesk.inquiry.InquiryStatus;
import io.servicedesk.shared.Priority;
import io.servicedesk.sla.SlaState;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.Validator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
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
 * {@code /api/v1/inquiries}: create (idempotent with an {@code Idempotency-Key}), list
 * the queues, read with the SLA block and the timeline, messages, assignment and status.
 */
@RestController
@RequestMapping("/api/v1/inquiries")
class InquiryApiController {

	static final int DEFAULT_LIMIT = 25;

	private final InquiryService inquiries;

	private final InquiryMerge merges;

	private final Validator validator;

	InquiryApiController(InquiryService inquiries, InquiryMerge merges, jakarta.validation.Validator validator) {
		this.inquiries = inquiries;
		this.merges = merges;
		this.validator = new SpringValidatorAdapter(validator);
	}

	@InitBinder
	void binder(WebDataBinder binder) {
		QueueParameters.register(binder);
	}

	@PostMapping
	ResponseEntity<InquiryResource> create(@RequestBody InquiryRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Principal principal)
			throws MethodArgumentNotValidException {
		ClientContactRequest.validate(validator, request, request.clientNumber(), request.client(), idempotencyKey,
				InquiryApiController.class);
		CaseIdempotency.Once<InquiryDetails> created = inquiries.createOnce(request.toCommand(), viewer(principal),
				idempotencyKey);
		InquiryDetails inquiry = created.value();
		return ResponseEntity.created(URI.create("/api/v1/inquiries/" + inquiry.reference()))
			.header("Idempotent-Replayed", Boolean.toString(created.replayed()))
			.body(InquiryResource.of(inquiry, null));
	}

	@GetMapping
	Map<String, Object> list(@RequestParam(required = false) QueueView view,
			@RequestParam(required = false) InquiryStatus status, @RequestParam(required = false) Priority priority,
			@RequestParam(required = false) String category, @RequestParam(required = false) CaseChannel channel,
			@RequestParam(required = false) SlaState slaState, @RequestParam(required = false) String client,
			@RequestParam(required = false) String q, @RequestParam(required = false) QueueSort sort,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String after,
			Principal principal) {
		Viewer viewer = viewer(principal);
		QueueFilter filter = new QueueFilter(view, status == null ? null : status.name(), priority, category, channel,
				slaState, inquiries.clientIdFor(client), q, sort);
		QueuePage page = inquiries.queue(viewer, filter, limit == null ? DEFAULT_LIMIT : limit, after);
		Map<String, Object> body = new java.util.LinkedHashMap<>();
		body.put("items", page.items().stream().map(InquiryResource.Row::of).toList());
		body.put("next", page.next());
		return body;
	}

	@GetMapping("/{reference}")
	InquiryResource get(@PathVariable String reference, Principal principal) {
		InquiryDetails inquiry = inquiries.get(reference, viewer(principal));
		return InquiryResource.of(inquiry, inquiries.timeline(inquiry));
	}

	@PostMapping(path = "/{reference}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<InquiryResource> message(@PathVariable String reference, @Valid @RequestBody MessageRequest request,
			Principal principal) {
		return message(reference, request, List.of(), principal);
	}

	/**
	 * A reply or an internal note with files: the message as the JSON part
	 * {@code message}, the files as parts {@code files}. A client's words recorded by
	 * staff take no files here.
	 */
	@PostMapping(path = "/{reference}/messages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<InquiryResource> messageWithFiles(@PathVariable String reference,
			@Valid @RequestPart("message") MessageRequest request,
			@RequestPart(name = "files", required = false) List<MultipartFile> files, Principal principal) {
		return message(reference, request, Uploads.of(files), principal);
	}

	private ResponseEntity<InquiryResource> message(String reference, MessageRequest request, List<Upload> files,
			Principal principal) {
		Viewer viewer = viewer(principal);
		InquiryDetails inquiry;
		if (request.direction() == MessageDirection.INBOUND) {
			if (!files.isEmpty()) {
				throw new RuleViolationException("attachment.inbound-by-mail");
			}
			inquiry = inquiries.recordClientAnswer(reference, viewer, request.body(), request.channel(),
					request.version());
		}
		else if (request.visibility() == Visibility.INTERNAL) {
			inquiry = inquiries.addNote(reference, viewer, request.body(), files, request.version());
		}
		else {
			inquiry = inquiries
				.reply(reference, viewer, request.body(), ReplyRoute.requested(request.via(), request.to()), files,
						request.version())
				.details();
		}
		return ResponseEntity.created(URI.create("/api/v1/inquiries/" + inquiry.reference()))
			.body(InquiryResource.of(inquiry, inquiries.timeline(inquiry)));
	}

	/**
	 * Merges the inquiry into another open inquiry of the same client, which carries on
	 * with the messages of both; answers the survivor.
	 */
	@PostMapping("/{reference}/merge")
	InquiryResource merge(@PathVariable String reference, @Valid @RequestBody MergeRequest request,
			Principal principal) {
		return InquiryResource.of(merges.merge(reference, request.into(), viewer(principal), request.version()), null);
	}

	@PostMapping("/{reference}/assign")
	InquiryResource assign(@PathVariable String reference, @Valid @RequestBody AssignRequest request,
			Principal principal) {
		return InquiryResource.of(
				inquiries.assign(reference, viewer(principal), request.assignee(), request.team(), request.version()),
				null);
	}

	@PostMapping("/{reference}/status")
	InquiryResource status(@PathVariable String reference, @Valid @RequestBody StatusRequest request,
			Principal principal) {
		return InquiryResource.of(inquiries.changeStatus(reference, viewer(principal), request.status(),
				request.resolution(), request.version()), null);
	}

	@PostMapping("/{reference}/priority")
	InquiryResource priority(@PathVariable String reference, @Valid @RequestBody PriorityRequest request,
			Principal principal) {
		return InquiryResource
			.of(inquiries.changePriority(reference, viewer(principal), request.priority(), request.version()), null);
	}

	private Viewer viewer(Principal principal) {
		return inquiries.viewer(principal.getName());
	}

	/**
	 * Who wrote a message: staff (the default) or the client, as recorded by the desk.
	 */
	enum MessageDirection {

		OUTBOUND, INBOUND

	}

	/**
	 * A message; {@code channel} says how a client's (INBOUND) message came, by default
	 * the inquiry's channel.
	 */
	/**
	 * A message: {@code via} and {@code to} say how a public reply reaches the client (by
	 * default by e-mail to the client's address where there is one).
	 */
	record MessageRequest(@NotBlank @Size(max = 20000) String body, @NotNull Visibility visibility,
			MessageDirection direction, CaseChannel channel, ReplyRoute.Via via, @Size(max = 320) String to,
			Long version) {
	}

	/**
	 * @param into the inquiry that carries on
	 * @param version the version of the merged inquiry the caller saw
	 */
	record MergeRequest(@NotBlank @Size(max = 32) String into, Long version) {
	}

	record AssignRequest(@Size(max = 64) String assignee, @Size(max = 100) String team, Long version) {
	}

	@Schema(name = "InquiryStatusRequest")
	record StatusRequest(@NotNull InquiryStatus status, Long version, @Size(max = 4000) String resolution) {
	}

	record PriorityRequest(@NotNull Priority priority, Long version) {
	}

}
