package io.servicedesk.casework.web;

import java.security.Principal;

import io.servicedesk.casework.CaseAccess;
import io.servicedesk.casework.QueueQueries;
import io.servicedesk.casework.SavedViewItem;
import io.servicedesk.casework.SavedViewQueue;
import io.servicedesk.casework.SavedViewRefusedException;
import io.servicedesk.casework.SavedViewVisibility;
import io.servicedesk.casework.SavedViews;
import io.servicedesk.casework.Viewer;
import io.servicedesk.sla.CaseKind;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The saved views of {@code /inquiries} and {@code /complaints}: save the queue's current
 * parameters under a name, rename, delete and open a view. Each answer redirects to a
 * queue page (Post/Redirect/Get); a refused name comes back on that page with the reason
 * and what was typed. Another person's personal view and another team's shared one are
 * not found (404); renaming or deleting a visible view one may not is refused (403).
 */
@Controller
class SavedViewController {

	/** The most of a refused name kept to show again. */
	private static final int KEPT_NAME = 1000;

	private final SavedViews views;

	private final CaseAccess access;

	SavedViewController(SavedViews views, CaseAccess access) {
		this.views = views;
		this.access = access;
	}

	@PostMapping("/{queue:inquiries|complaints}/views")
	String save(@PathVariable String queue, @RequestParam(required = false) String name,
			@RequestParam(required = false) SavedViewVisibility visibility,
			@RequestParam(required = false) String query, Principal principal, RedirectAttributes redirect) {
		SavedViewQueue saved = queueOf(queue);
		Viewer viewer = access.viewer(principal.getName());
		try {
			SavedViewItem item = views.save(saved.kind(), viewer, name, visibility, QueueQueries.decode(query));
			redirect.addFlashAttribute("flashSuccess", "views.saved");
			redirect.addFlashAttribute("flashArgument", item.name());
			return "redirect:" + item.href();
		}
		catch (SavedViewRefusedException refused) {
			redirect.addFlashAttribute("savedViewRefusal", refusal(null, refused, name, visibility));
			return "redirect:" + queuePage(saved, query);
		}
	}

	@PostMapping("/{queue:inquiries|complaints}/views/{id}/rename")
	String rename(@PathVariable String queue, @PathVariable long id, @RequestParam(required = false) String name,
			@RequestParam(required = false) String back, Principal principal, RedirectAttributes redirect) {
		SavedViewQueue saved = queueOf(queue);
		try {
			views.rename(id, saved.kind(), access.viewer(principal.getName()), name);
			redirect.addFlashAttribute("flashSuccess", "views.renamed");
			redirect.addFlashAttribute("flashArgument", name.strip());
		}
		catch (SavedViewRefusedException refused) {
			redirect.addFlashAttribute("savedViewRefusal", refusal(id, refused, name, null));
		}
		return "redirect:" + back(saved, back);
	}

	@PostMapping("/{queue:inquiries|complaints}/views/{id}/delete")
	String delete(@PathVariable String queue, @PathVariable long id, @RequestParam(required = false) String back,
			Principal principal, RedirectAttributes redirect) {
		SavedViewQueue saved = queueOf(queue);
		String name = views.delete(id, saved.kind(), access.viewer(principal.getName()));
		redirect.addFlashAttribute("flashSuccess", "views.deleted");
		redirect.addFlashAttribute("flashArgument", name);
		return "redirect:" + back(saved, back);
	}

	/** Opens a saved view: its queue with its parameters. */
	@GetMapping("/{queue:inquiries|complaints}/views/{id}")
	String open(@PathVariable String queue, @PathVariable long id, Principal principal) {
		CaseKind kind = queueOf(queue).kind();
		return "redirect:" + views.open(id, kind, access.viewer(principal.getName()));
	}

	private SavedViewQueue queueOf(String queue) {
		return views.queueAt("/" + queue).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	/**
	 * The queue page of a refused save: with the parameters that were to be saved where
	 * the queue takes them, else its first view.
	 */
	private static String queuePage(SavedViewQueue queue, String query) {
		try {
			String normalised = queue.normalise(QueueQueries.decode(query));
			return normalised.isEmpty() ? queue.path() : queue.path() + "?" + normalised;
		}
		catch (SavedViewRefusedException notTaken) {
			return queue.path();
		}
	}

	/** Where to come back to: the queue page the request came from, if it is one. */
	private static String back(SavedViewQueue queue, String back) {
		if (back != null && (back.equals(queue.path()) || back.startsWith(queue.path() + "?"))) {
			return back;
		}
		return queue.path();
	}

	private static SavedViewRefusal refusal(Long id, SavedViewRefusedException refused, String name,
			SavedViewVisibility visibility) {
		Object[] arguments = refused.getArguments();
		String typed = name == null ? "" : name.length() > KEPT_NAME ? name.substring(0, KEPT_NAME) : name;
		return new SavedViewRefusal(id, refused.getMessageKey(),
				arguments.length == 0 ? null : String.valueOf(arguments[0]), typed, visibility);
	}

}
