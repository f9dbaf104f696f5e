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
