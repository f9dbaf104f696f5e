package io.servicedesk.complaint.web;

import java.net.URI;
import java.security.Principal;

import jakarta.validation.Valid;

import io.servicedesk.complaint.ComplaintDetails;
import io.servicedesk.complaint.ComplaintService;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/inquiries/{ref}/escalate {"reason"}}: answers 201 with the
 * complaint created from the inquiry. It lives with the complaints so that the inquiry
 * module does not depend on them.
 */
@RestController
class InquiryEscalationApiController {

	private final ComplaintService complaints;

	InquiryEscalationApiController(ComplaintService complaints) {
		this.complaints = complaints;
	}

	@PostMapping("/api/v1/inquiries/{reference}/escalate")
	ResponseEntity<ComplaintResource> escalate(@PathVariable String reference,
			@Valid @RequestBody ComplaintRequests.Escalate request, Principal principal) {
		ComplaintDetails complaint = complaints.escalateInquiry(reference, complaints.viewer(principal.getName()),
				request.reason(), request.severity(),
				ComplaintRequests.money(request.amountClaimed(), request.currency()));
		return ResponseEntity.created(URI.create("/api/v1/complaints/" + complaint.reference()))
			.body(ComplaintResource.of(complaint, null, null));
	}

}
