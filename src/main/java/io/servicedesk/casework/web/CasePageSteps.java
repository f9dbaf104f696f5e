package io.servicedesk.casework.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import io.servicedesk.casework.CaseReply;
import io.servicedesk.shared.ContentTooLargeException;
import io.servicedesk.shared.DomainException;
import io.servicedesk.shared.IllegalTransitionException;
import io.servicedesk.shared.StaffTimeZone;
import io.servicedesk.shared.StaleVersionException;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A step posted from a case page (inquiry or complaint), done the same way on both: when
 * it succeeds, Post/Redirect/Get to the case page with a flash message; when the case
 * changed since the user loaded it, the page again with 409 and "changed by … at …,
 * reload"; when the step is illegal now (409) or a rule refuses it (422), the page again
 * with the reason (413 when what was sent is too large). The page shown again keeps what
 * the user typed.
 */
@Component
public class CasePageSteps {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz");

	private final MessageSource messages;

	private final StaffTimeZone times;

	private final Map<String, CasePages<?>> pages = new ConcurrentHashMap<>();

	CasePageSteps(MessageSource messages, StaffTimeZone times) {
		this.messages = messages;
		this.times = times;
	}

	/**
	 * How a case page is shown: the address of the case pages, a case's reference, the
	 * case as it is now, who changed it last and when, the page with the user's drafts,
	 * and those drafts (each checked against its length limit before the step).
	 *
	 * @param <C> the case module's details of a case
	 */
	public record CasePage<C>(String path, Function<C, String> reference, Supplier<C> current,
			Function<C, String> changedBy, Function<C, Instant> changedAt, Function<C, String> render,
			Map<String, String> typed) {

		public CasePage {
			typed = typed == null ? Map.of() : typed;
		}

	}

	/**
	 * Makes the pages of a case kind known to the steps every case page has
	 * ({@link CaseComposerController}); answers them.
	 */
	public <C> CasePages<C> register(CasePages<C> kind) {
		pages.put(kind.path(), kind);
		return kind;
	}

	/** The pages of the cases under {@code /{cases}/}. */
	CasePages<?> pages(String cases) {
		CasePages<?> kind = pages.get("/" + cases + "/");
		if (kind == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return kind;
	}

	/**
	 * Does the step and answers with the redirect or the page with the refusal.
	 */
	public <C> String perform(Supplier<C> step, String success, CasePage<C> page, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		return attempt(() -> {
			C changed = step.get();
			String reference = page.reference().apply(changed);
			redirect.addFlashAttribute("flashSuccess", success);
			redirect.addFlashAttribute("flashArgument", reference);
			return "redirect:" + page.path() + reference;
		}, page, model, locale, response);
	}

	/**
	 * Does a step that sends words to the client and says truthfully how they went:
	 * queued by e-mail to the address, recorded as said on the phone or in person, or
	 * recorded without being sent ({@code said} followed by {@code .emailed},
	 * {@code .phone}, {@code .in-person} or {@code .not-sent}). A step that sent nothing
	 * after all (a decision sent back) says {@code otherwise}.
	 */
	public <C> String reply(Supplier<CaseReply<C>> step, String said, String otherwise, CasePage<C> page, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		return attempt(() -> {
			CaseReply<C> replied = step.get();
			String reference = page.reference().apply(replied.details());
			redirect.addFlashAttribute("flashSuccess",
					replied.sent() == null ? otherwise : said + "." + replied.sent().outcome());
			redirect.addFlashAttribute("flashArgument", reference);
			if (replied.sent() != null && replied.sent().to() != null) {
				redirect.addFlashAttribute("flashSecond", replied.sent().to());
			}
			return "redirect:" + page.path() + reference;
		}, page, model, locale, response);
	}

	private <C> String attempt(Supplier<String> step, CasePage<C> page, Model model, Locale locale,
			HttpServletResponse response) {
		try {
			CaseTextLimits.check(page.typed());
			return step.get();
		}
		catch (StaleVersionException | OptimisticLockingFailureException stale) {
			C current = page.current().get();
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("refusal",
					messages.getMessage("case.stale", new Object[] { page.changedBy().apply(current),
							TIME.withLocale(locale).format(page.changedAt().apply(current).atZone(times.zone())) },
							locale));
			model.addAttribute("stale", true);
			return page.render().apply(current);
		}
		catch (DomainException refused) {
			response.setStatus(refused instanceof IllegalTransitionException ? HttpStatus.CONFLICT.value()
					: refused instanceof ContentTooLargeException ? HttpStatus.CONTENT_TOO_LARGE.value()
							: HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("refusal", messages.getMessage(refused.getMessageKey(), refused.getArguments(),
					refused.getMessageKey(), locale));
			return page.render().apply(page.current().get());
		}
	}

	/** What the user typed into a field, for the drafts of the page shown again. */
	public static String typed(String value) {
		return value == null ? "" : value;
	}

}
