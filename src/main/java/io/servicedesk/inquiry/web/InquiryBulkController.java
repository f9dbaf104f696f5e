package io.servicedesk.inquiry.web;

import java.io.Serializable;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import io.servicedesk.casework.Viewer;
import io.servicedesk.inquiry.InquiryDetails;
import io.servicedesk.inquiry.InquiryService;
import io.servicedesk.inquiry.InquiryStatus;
import io.servicedesk.shared.DomainException;
import io.servicedesk.shared.NotFoundException;
import io.servicedesk.shared.StaleVersionException;
import io.servicedesk.shared.Priority;
import io.servicedesk.staff.StaffService;
import io.servicedesk.staff.TeamDirectory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code POST /inquiries/bulk}: the inquiries selected on the queue assigned to a person
 * or team, moved to a status or given a priority at once. Each inquiry is changed on its
 * own, by the same step as on its page and with the same rules; the queue then shows what
 * happened to each.
 */
@Controller
class InquiryBulkController {

	/** More than a page and a half of the queue is not one person's selection. */
	static final int MOST = 50;

	private final InquiryService inquiries;

	private final StaffService staff;

	private final TeamDirectory teams;

	InquiryBulkController(InquiryService inquiries, StaffService staff, TeamDirectory teams) {
		this.inquiries = inquiries;
		this.staff = staff;
		this.teams = teams;
	}

	/**
	 * The people and teams to assign to, fetched once the person selects an inquiry (so
	 * the queue itself reads no staff list).
	 */
	@GetMapping("/inquiries/bulk/choices")
	String choices(Model model) {
		model.addAttribute("staff", staff.activeStaff());
		model.addAttribute("teams", teams.activeTeamNames());
		return "fragments/bulk :: choices";
	}

	/**
	 * What happened to one inquiry of a bulk action.
	 *
	 * @param reasonKey the message saying why it was refused, or {@code null}
	 * @param reasonArguments its arguments, codes (such as a status) kept as codes so
	 * they are put into words when shown
	 */
	record Outcome(String reference, Result result, String reasonKey,
			Serializable[] reasonArguments) implements Serializable {
	}

	enum Result {

		CHANGED, UNCHANGED, REFUSED, STALE, NOT_FOUND, FORBIDDEN

	}

	@PostMapping("/inquiries/bulk")
	String bulk(@RequestParam(name = "selected", required = false) List<String> selected,
			@RequestParam(required = false) String action, @RequestParam(required = false) String assignee,
			@RequestParam(required = false) String team, @RequestParam(required = false) String status,
			@RequestParam(required = false) String priority, @RequestParam(required = false) String resolution,
			@RequestParam(required = false) String back, Principal principal, RedirectAttributes redirect) {
		String target = back != null && back.startsWith("/inquiries") && !back.startsWith("//") ? back : "/inquiries";
		Set<String> references = new LinkedHashSet<>();
		for (String one : selected == null ? List.<String>of() : selected) {
			if (one != null && !one.isBlank() && one.length() <= 20) {
				references.add(one.strip());
			}
		}
		if (references.isEmpty()) {
			redirect.addFlashAttribute("flashError", "workday.bulk.none");
			return "redirect:" + target;
		}
		if (references.size() > MOST) {
			redirect.addFlashAttribute("flashError", "workday.bulk.too-many");
			redirect.addFlashAttribute("flashArgument", String.valueOf(MOST));
			return "redirect:" + target;
		}
		Viewer viewer = inquiries.viewer(principal.getName());
		Step step = step(action, viewer, blank(assignee), blank(team), status, priority, blank(resolution));
		if (step == null) {
			redirect.addFlashAttribute("flashError", "workday.bulk.choose");
			return "redirect:" + target;
		}
		List<Outcome> outcomes = new ArrayList<>();
		for (String reference : references) {
			outcomes.add(apply(reference, viewer, step));
		}
		redirect.addFlashAttribute("bulkOutcomes", outcomes);
		return "redirect:" + target;
	}

	/** A bulk step: what it does to one inquiry, and when an inquiry is already so. */
	private record Step(Function<String, InquiryDetails> change, Predicate<InquiryDetails> alreadySo) {
	}

	private Step step(String action, Viewer viewer, String assignee, String team, String status, String priority,
			String resolution) {
		switch (action == null ? "" : action) {
			case "assign" -> {
				if (assignee == null && team == null) {
					return null;
				}
				String who = "me".equals(assignee) ? viewer.username() : assignee;
				return new Step(reference -> inquiries.assign(reference, viewer, who, team, null),
						before -> (who == null || who.equals(before.assignee()))
								&& (team == null || team.equals(before.team())));
			}
			case "status" -> {
				InquiryStatus to = parse(InquiryStatus.class, status);
				return to == null ? null
						: new Step(reference -> inquiries.changeStatus(reference, viewer, to, resolution, null),
								before -> before.status() == to);
			}
			case "priority" -> {
				Priority to = parse(Priority.class, priority);
				return to == null ? null : new Step(reference -> inquiries.changePriority(reference, viewer, to, null),
						before -> before.priority() == to);
			}
			default -> {
				return null;
			}
		}
	}

	private Outcome apply(String reference, Viewer viewer, Step step) {
		try {
			InquiryDetails before = inquiries.get(reference, viewer);
			if (step.alreadySo().test(before)) {
				return new Outcome(before.reference(), Result.UNCHANGED, null, null);
			}
			return new Outcome(step.change().apply(reference).reference(), Result.CHANGED, null, null);
		}
		catch (StaleVersionException | OptimisticLockingFailureException stale) {
			return new Outcome(reference, Result.STALE, null, null);
		}
		catch (NotFoundException unknown) {
			return new Outcome(reference, Result.NOT_FOUND, null, null);
		}
		catch (AccessDeniedException forbidden) {
			return new Outcome(reference, Result.FORBIDDEN, null, null);
		}
		catch (DomainException refused) {
			Object[] arguments = refused.getArguments();
			Serializable[] texts = new Serializable[arguments == null ? 0 : arguments.length];
			for (int i = 0; i < texts.length; i++) {
				texts[i] = arguments[i] instanceof Enum<?> code ? code : String.valueOf(arguments[i]);
			}
			return new Outcome(reference, Result.REFUSED, refused.getMessageKey(), texts);
		}
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
