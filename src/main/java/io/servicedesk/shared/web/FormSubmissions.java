package io.servicedesk.shared.web;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import io.servicedesk.shared.DomainException;
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.shared.StaleVersionException;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the administration pages do with a submitted form and with the buttons that switch
 * a record on or off. A refused save becomes errors on the form, which is shown again
 * with what was typed; a save or a switch ends on a page that says what happened, naming
 * the record.
 */
public final class FormSubmissions {

	private FormSubmissions() {
	}

	/**
	 * Saves a valid form. A stale version becomes an error on the whole form, a refused
	 * rule an error that {@code onRefused} places on a field; then the result is empty
	 * and the form is to be shown again.
	 */
	public static <T> Optional<T> save(BindingResult result, Supplier<T> save,
			BiConsumer<BindingResult, RuleViolationException> onRefused) {
		try {
			return Optional.of(save.get());
		}
		catch (StaleVersionException stale) {
			result.reject(stale.getMessageKey(), stale.getArguments(), null);
		}
		catch (RuleViolationException refused) {
			onRefused.accept(result, refused);
		}
		return Optional.empty();
	}

	/**
	 * The page to go to after a save, with the message {@code key} naming the record.
	 */
	public static String saved(RedirectAttributes redirect, String key, String name, String target) {
		redirect.addFlashAttribute("flashSuccess", key);
		redirect.addFlashAttribute("flashArgument", name);
		return "redirect:" + target;
	}

	/**
	 * Runs a switch (activate, deactivate, archive, restore) and goes back to
	 * {@code target} with its outcome: the message {@code successKey}, or the reason it
	 * was refused, naming the record.
	 */
	public static String switched(RedirectAttributes redirect, String successKey, String name, String target,
			Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flashSuccess", successKey);
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("flashError", refused.getMessageKey());
		}
		redirect.addFlashAttribute("flashArgument", name);
		return "redirect:" + target;
	}

}
