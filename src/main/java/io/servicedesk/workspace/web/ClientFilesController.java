package io.servicedesk.workspace.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import io.servicedesk.attachment.AttachmentView;
import io.servicedesk.casework.web.Uploads;
import io.servicedesk.client.ClientService;
import io.servicedesk.shared.DomainException;
import io.servicedesk.workspace.ClientFiles;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The files of a client's record added on the 360° page ({@code POST
 * /clients/{number}/attachments}): back to the page with what happened.
 */
@Controller
class ClientFilesController {

	private final ClientFiles files;

	private final ClientService clients;

	private final MessageSource messages;

	ClientFilesController(ClientFiles files, ClientService clients, MessageSource messages) {
		this.files = files;
		this.clients = clients;
		this.messages = messages;
	}

	@PostMapping(path = "/clients/{number}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String add(@PathVariable String number, @RequestParam(name = "files", required = false) List<MultipartFile> chosen,
			@RequestParam(required = false) String description, Principal principal, RedirectAttributes redirect,
			Locale locale) {
		String clientNumber = clients.require(number).number();
		try {
			List<AttachmentView> added = files.add(clientNumber, Uploads.of(chosen), description, principal.getName());
			redirect.addFlashAttribute("flashSuccess", "attachment.added");
			redirect.addFlashAttribute("flashArgument", added.size());
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("flashError", "refusal.message");
			redirect.addFlashAttribute("flashArgument", messages.getMessage(refused.getMessageKey(),
					refused.getArguments(), refused.getMessageKey(), locale));
		}
		return "redirect:/clients/" + clientNumber + "#client-files";
	}

}
