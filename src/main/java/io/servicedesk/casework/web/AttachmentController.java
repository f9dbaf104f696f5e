package io.servicedesk.casework.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;

import io.servicedesk.attachment.AttachmentView;
import io.servicedesk.attachment.Attachments;
import io.servicedesk.casework.CaseVisibility;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A file, for staff who may see its case (the same rule as the case's content everywhere:
 * an agent reads the files of their own and their team's cases) or, for a client's
 * record, for any staff member. Always with the type read from its content and
 * {@code X-Content-Type-Options: nosniff}; downloaded ({@code Content-Disposition:
 * attachment}) except images and PDF, which {@code /view} shows in the browser under
 * {@code Content-Security-Policy: sandbox}, so nothing in them runs with the
 * application's rights. Streamed from the storage, never read whole.
 */
@RestController
class AttachmentController {

	private static final String SANDBOX = "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; object-src 'self'";

	private final Attachments attachments;

	private final CaseVisibility visibility;

	AttachmentController(Attachments attachments, CaseVisibility visibility) {
		this.attachments = attachments;
		this.visibility = visibility;
	}

	@GetMapping({ "/attachments/{id}", "/api/v1/attachments/{id}/content" })
	ResponseEntity<Resource> download(@PathVariable long id, Principal principal) throws IOException {
		return content(readable(id, principal), false);
	}

	@GetMapping("/attachments/{id}/view")
	ResponseEntity<Resource> view(@PathVariable long id, Principal principal) throws IOException {
		AttachmentView file = readable(id, principal);
		return content(file, file.inline());
	}

	private AttachmentView readable(long id, Principal principal) {
		AttachmentView file = attachments.get(id);
		if (file.caseRef() != null
				&& !visibility.restrictedFor(principal.getName(), List.of(file.caseRef())).isEmpty()) {
			throw new AccessDeniedException("Another team's case");
		}
		return file;
	}

	private ResponseEntity<Resource> content(AttachmentView file, boolean inline) throws IOException {
		ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(file.filename(), StandardCharsets.UTF_8)
			.build();
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.size())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore().cachePrivate());
		if (inline) {
			response.header("Content-Security-Policy", SANDBOX);
		}
		return response.body(new InputStreamResource(attachments.open(file.id())));
	}

}
