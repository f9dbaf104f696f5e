package io.servicedesk.notification.web;

import java.security.Principal;
import java.util.List;

import io.servicedesk.notification.NotificationView;
import io.servicedesk.notification.Notifications;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /notifications}: the signed-in person's notifications, newest first, and marking
 * them as read.
 */
@Controller
@RequestMapping("/notifications")
class NotificationController {

	private final Notifications notifications;

	NotificationController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	String list(@RequestParam(required = false) Long before, Principal principal, Model model) {
		List<NotificationView> page = notifications.list(principal.getName(), before);
		model.addAttribute("notifications", page);
		model.addAttribute("next", page.size() == Notifications.PAGE_SIZE ? page.get(page.size() - 1).id() : null);
		return "notifications/list";
	}

	/** A notification opened: it is read, and its page is shown. */
	@GetMapping("/{id}/open")
	String open(@PathVariable long id, Principal principal) {
		return "redirect:" + notifications.open(id, principal.getName())
			.filter(link -> link.startsWith("/") && !link.startsWith("//") && !link.contains("\\"))
			.orElse("/notifications");
	}

	/**
	 * The bell of the page frame on its own, for the page to bring its count up to date
	 * while the person works.
	 */
	@GetMapping("/bell")
	String bell() {
		return "fragments/bell :: bell";
	}

	@PostMapping("/{id}/read")
	String markRead(@PathVariable long id, Principal principal) {
		notifications.markRead(id, principal.getName());
		return "redirect:/notifications";
	}

	@PostMapping("/read-all")
	String markAllRead(Principal principal, RedirectAttributes redirect) {
		notifications.markAllRead(principal.getName());
		redirect.addFlashAttribute("flashSuccess", "notification.all-read");
		return "redirect:/notifications";
	}

}
