package io.servicedesk.mailbox.web;

import java.io.IOException;
import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import io.servicedesk.mailbox.IncomingMailState;
import io.servicedesk.mailbox.IncomingMailView;
import io.servicedesk.mailbox.Mailbox;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administration's incoming mail: everything read from the desk's mailbox and what
 * became of it, newest first, by state (set aside first of all); one message with its
 * text and reason; its original as a download; a set-aside message processed again
 * (audited).
 */
@Controller
@RequestMapping("/admin/incoming-mail")
class IncomingMailAdminController {

	private final Mailbox mailbox;

	IncomingMailAdminController(Mailbox mailbox) {
		this.mailbox = mailbox;
	}

	@GetMapping
	String list(@RequestParam(required = false) IncomingMailState state, @RequestParam(required = false) Long before,
			Model model) {
		List<IncomingMailView> found = mailbox.list(state, before, Mailbox.PAGE_SIZE + 1);
		List<IncomingMailView> mails = found.stream().limit(Mailbox.PAGE_SIZE).toList();
		model.addAttribute("mails", mails);
		model.addAttribute("next", found.size() > Mailbox.PAGE_SIZE ? mails.get(mails.size() - 1).id() : null);
		model.addAttribute("state", state);
		model.addAttribute("before", before);
		model.addAttribute("states", IncomingMailState.values());
		return "admin/mail/incoming";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("mail", mailbox.get(id));
		return "admin/mail/incoming-mail";
	}

	/**
	 * The original as the mailbox held it, as a download: never shown in the browser, so
	 * nothing in it runs.
	 */
	@GetMapping("/{id}/original")
	void original(@PathVariable long id, HttpServletResponse response) throws IOException {
		mailbox.get(id);
		response.setContentType("message/rfc822");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"incoming-mail-" + id + ".eml\"");
		response.setHeader("X-Content-Type-Options", "nosniff");
		if (!mailbox.writeOriginal(id, response.getOutputStream())) {
			response.reset();
			response.sendError(HttpStatus.NOT_FOUND.value());
		}
	}

	@PostMapping("/{id}/reprocess")
	String reprocess(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		mailbox.reprocess(id, principal.getName());
		redirect.addFlashAttribute("flashSuccess", "incoming.reprocessed");
		redirect.addFlashAttribute("flashArgument", Long.toString(id));
		return "redirect:/admin/incoming-mail/" + id;
	}

	@PostMapping("/read")
	String readNow(RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashSuccess", "incoming.read");
		redirect.addFlashAttribute("flashArgument", Integer.toString(mailbox.readNow()));
		return "redirect:/admin/incoming-mail";
	}

}
