package io.servicedesk.casework.web;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import io.servicedesk.casework.CaseReply;
import io.servicedesk.casework.CaseWork;
import io.servicedesk.casework.Viewer;
import io.servicedesk.casework.Visibility;
import io.servicedesk.shared.PageReads;

import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;

/**
 * The pages of the cases of one kind (inquiries or complaints), as their controller shows
 * them and takes the steps posted to them: a page is shown in the page's one read; a step
 * is taken for the viewer by {@link CasePageSteps}, which answers with the redirect or
 * the page again with the refusal and what the viewer typed. The steps every case page
 * has (a message from the composer, an assignment) are posted to
 * {@link CaseComposerController} and taken here, as the kind's {@link Composer} says.
 *
 * @param <C> the case module's details of a case
 */
public final class CasePages<C> {

	/** The page of a case as it is now, for the viewer, with what they typed. */
	@FunctionalInterface
	public interface Page<C> {

		String render(C current, Viewer viewer, Model model, Locale locale, Map<String, String> drafts);

	}

	/**
	 * How a kind's composer and assignment post: which visibility makes a message a note,
	 * the names of the note's and the reply's drafts, and the messages of a note added
	 * and of an assignment.
	 */
	public record Composer(Predicate<Visibility> note, String noteDraft, String noted, String replyDraft,
			String assigned) {
	}

	private final CasePageSteps steps;

	private final PageReads reads;

	private final String path;

	private final CaseWork<C> work;

	private final Function<C, String> reference;

	private final Function<C, String> changedBy;

	private final Function<C, Instant> changedAt;

	private final Page<C> page;

	private final Composer composer;

	/**
	 * @param path the address of the case pages ({@code /inquiries/})
	 * @param work the case module's service
	 * @param reference a case's reference
	 * @param changedBy who changed a case last
	 * @param changedAt when a case was changed last
	 * @param page the page of a case
	 * @param composer how the composer and the assignment post
	 */
	public CasePages(CasePageSteps steps, PageReads reads, String path, CaseWork<C> work, Function<C, String> reference,
			Function<C, String> changedBy, Function<C, Instant> changedAt, Page<C> page, Composer composer) {
		this.steps = steps;
		this.reads = reads;
		this.path = path;
		this.work = work;
		this.reference = reference;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
		this.page = page;
		this.composer = composer;
	}

	/** The address of the case pages ({@code /inquiries/}). */
	public String path() {
		return path;
	}

	/** The page of the case, in one read. */
	public String show(String caseReference, Principal principal, Model model, Locale locale) {
		return reads.read(() -> {
			Viewer viewer = work.viewer(principal.getName());
			return page.render(work.get(caseReference, viewer), viewer, model, locale, Map.of());
		});
	}

	/**
	 * Takes a step on the case for the viewer; the success says {@code success}.
	 */
	public String act(String caseReference, CaseStep request, Map<String, String> drafts, String success,
			Function<Viewer, C> step) {
		Viewer viewer = work.viewer(request.principal().getName());
		return steps.perform(() -> step.apply(viewer), success, casePage(caseReference, viewer, request, drafts),
				request.model(), request.locale(), request.redirect(), request.response());
	}

	/**
	 * Takes a step that sends words to the client, saying how they went as
	 * {@link CasePageSteps#reply} does.
	 */
	public String reply(String caseReference, CaseStep request, Map<String, String> drafts, String said,
			String otherwise, Function<Viewer, CaseReply<C>> step) {
		Viewer viewer = work.viewer(request.principal().getName());
		return steps.reply(() -> step.apply(viewer), said, otherwise, casePage(caseReference, viewer, request, drafts),
				request.model(), request.locale(), request.redirect(), request.response());
	}

	/**
	 * A message from the composer: a note with its files, or a reply to the client by the
	 * route chosen ({@code via}, {@code to}) with its files.
	 */
	String message(String caseReference, Visibility visibility, String body, String via, String to,
			List<MultipartFile> files, Long version, CaseStep request) {
		if (composer.note().test(visibility)) {
			return act(caseReference, request, Map.of(composer.noteDraft(), CasePageSteps.typed(body)),
					composer.noted(), viewer -> work.addNote(caseReference, viewer, body, Uploads.of(files), version));
		}
		Map<String, String> drafts = Map.of(composer.replyDraft(), CasePageSteps.typed(body), "via",
				CasePageSteps.typed(via), "to", CasePageSteps.typed(to));
		return reply(caseReference, request, drafts, "case.reply", "case.reply.emailed", viewer -> work
			.reply(caseReference, viewer, body, ReplyRoutes.parse(via, to), Uploads.of(files), version));
	}

	/**
	 * Gives the case to a person ({@code me}: the viewer) and/or a team.
	 */
	String assign(String caseReference, String assignee, String team, Long version, CaseStep request) {
		return act(caseReference, request, Map.of(), composer.assigned(), viewer -> work.assign(caseReference, viewer,
				"me".equals(assignee) ? viewer.username() : assignee, team, version));
	}

	private CasePageSteps.CasePage<C> casePage(String caseReference, Viewer viewer, CaseStep request,
			Map<String, String> drafts) {
		return new CasePageSteps.CasePage<>(path, reference, () -> work.get(caseReference, viewer), changedBy,
				changedAt, shown -> page.render(shown, viewer, request.model(), request.locale(), drafts), drafts);
	}

}
