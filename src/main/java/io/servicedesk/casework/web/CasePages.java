package io.servicedesk.casework.web;

import java.security.Principal;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import io.servicedesk.casework.CaseReply;
import io.servicedesk.casework.Viewer;
import io.servicedesk.shared.PageReads;

import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of the cases of one kind (inquiries or complaints), as their controller shows
 * them and takes the steps posted to them: a page is shown in the page's one read; a step
 * is taken for the viewer by {@link CasePageSteps}, which answers with the redirect or
 * the page again with the refusal and what the viewer typed.
 *
 * @param <C> the case module's details of a case
 */
public final class CasePages<C> {

	/** The page of a case as it is now, for the viewer, with what they typed. */
	@FunctionalInterface
	public interface Page<C> {

		String render(C current, Viewer viewer, Model model, Locale locale, Map<String, String> drafts);

	}

	private final CasePageSteps steps;

	private final PageReads reads;

	private final String path;

	private final Function<String, Viewer> viewer;

	private final BiFunction<String, Viewer, C> current;

	private final Function<C, String> reference;

	private final Function<C, String> changedBy;

	private final Function<C, Instant> changedAt;

	private final Page<C> page;

	/**
	 * @param path the address of the case pages ({@code /inquiries/})
	 * @param viewer the viewer of a username
	 * @param current a case, by its reference, as the viewer may see it now
	 * @param reference a case's reference
	 * @param changedBy who changed a case last
	 * @param changedAt when a case was changed last
	 * @param page the page of a case
	 */
	public CasePages(CasePageSteps steps, PageReads reads, String path, Function<String, Viewer> viewer,
			BiFunction<String, Viewer, C> current, Function<C, String> reference, Function<C, String> changedBy,
			Function<C, Instant> changedAt, Page<C> page) {
		this.steps = steps;
		this.reads = reads;
		this.path = path;
		this.viewer = viewer;
		this.current = current;
		this.reference = reference;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
		this.page = page;
	}

	/** The page of the case, in one read. */
	public String show(String caseReference, Principal principal, Model model, Locale locale) {
		return reads.read(() -> {
			Viewer who = viewer.apply(principal.getName());
			return page.render(current.apply(caseReference, who), who, model, locale, Map.of());
		});
	}

	/**
	 * Takes a step on the case for the viewer; the success says {@code success}.
	 */
	public String act(String caseReference, Principal principal, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response, Map<String, String> drafts, String success,
			Function<Viewer, C> step) {
		Viewer who = viewer.apply(principal.getName());
		return steps.perform(() -> step.apply(who), success, casePage(caseReference, who, model, locale, drafts), model,
				locale, redirect, response);
	}

	/**
	 * Takes a step that sends words to the client, saying how they went as
	 * {@link CasePageSteps#reply} does.
	 */
	public String reply(String caseReference, Principal principal, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response, Map<String, String> drafts, String said,
			String otherwise, Function<Viewer, CaseReply<C>> step) {
		Viewer who = viewer.apply(principal.getName());
		return steps.reply(() -> step.apply(who), said, otherwise, casePage(caseReference, who, model, locale, drafts),
				model, locale, redirect, response);
	}

	private CasePageSteps.CasePage<C> casePage(String caseReference, Viewer who, Model model, Locale locale,
			Map<String, String> drafts) {
		return new CasePageSteps.CasePage<>(path, reference, () -> current.apply(caseReference, who), changedBy,
				changedAt, shown -> page.render(shown, who, model, locale, drafts), drafts);
	}

}
