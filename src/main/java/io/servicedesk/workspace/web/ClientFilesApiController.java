package io.servicedesk.workspace.web;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import io.servicedesk.attachment.AttachmentView;
import io.servicedesk.casework.web.Uploads;
import io.servicedesk.client.ClientService;
import io.servicedesk.workspace.ClientFiles;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/clients/{number}/attachments}: the files of a client's record, listed
 * newest first, and added as multipart parts {@code files} (with an optional
 * {@code description}); 201 with what was stored, 413 when too large, 422 for a type the
 * desk does not take.
 */
@RestController
class ClientFilesApiController {

	private final ClientFiles files;

	private final ClientService clients;

	ClientFilesApiController(ClientFiles files, ClientService clients) {
		this.files = files;
		this.clients = clients;
	}

	@GetMapping("/api/v1/clients/{number}/attachments")
	List<AttachmentView> list(@PathVariable String number) {
		return files.of(number);
	}

	@PostMapping(path = "/api/v1/clients/{number}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<List<AttachmentView>> addByApi(@PathVariable String number,
			@RequestPart(name = "files", required = false) List<MultipartFile> chosen,
			@RequestParam(required = false) String description, Principal principal) {
		String clientNumber = clients.require(number).number();
		List<AttachmentView> added = files.add(clientNumber, Uploads.of(chosen), description, principal.getName());
		return ResponseEntity.created(URI.create("/api/v1/clients/" + clientNumber + "/attachments")).body(added);
	}

}
