package io.servicedesk.catalogue.web;

import java.security.Principal;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;

import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.shared.web.FormSubmissions;

import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the administration pages of a catalogue's entries (canned responses, categories)
 * do alike: a valid form is saved and the entry's list says so, a refused save shows the
 * form again with the reason on its field; {@code /{id}/deactivate} and
 * {@code /{id}/activate} switch an entry off and on and go back to its list with the
 * outcome. The messages are the page's ({@code <messages>.created}, {@code .updated},
 * {@code .deactivated}, {@code .activated}), naming the entry.
 *
 * @param <V> the catalogue's view of an entry
 */
abstract class CatalogueEntryAdmin<V> {

	/** Switches an entry, by its id, on ({@code active}) or off for a staff member. */
	interface Switch {

		void apply(long id, boolean active, String actor);

	}

	private final String messages;

	private final LongFunction<V> entry;

	private final Function<V, String> name;

	private final Function<V, String> listOf;

	private final Switch switchTo;

	/**
	 * @param messages the prefix of the page's messages
	 * @param entry the entry of an id, as the administration shows it
	 * @param name what the messages name an entry by
	 * @param listOf the address of the list an entry is on
	 * @param switchTo switches an entry on or off
	 */
	CatalogueEntryAdmin(String messages, LongFunction<V> entry, Function<V, String> name, Function<V, String> listOf,
			Switch switchTo) {
		this.messages = messages;
		this.entry = entry;
		this.name = name;
		this.listOf = listOf;
		this.switchTo = switchTo;
	}

	/** Places a refused rule on the form. */
	abstract void reject(BindingResult result, RuleViolationException refused);

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		return switched(id, false, principal, redirect);
	}

	@PostMapping("/{id}/activate")
	String activate(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		return switched(id, true, principal, redirect);
	}

	/**
	 * Saves the form when it is {@code valid} and goes to the entry's list with the
	 * message {@code <messages>.<step>}; otherwise, or when the save is refused, the
	 * {@code form} again.
	 */
	String save(boolean valid, BindingResult result, Supplier<V> save, String step, RedirectAttributes redirect,
			Supplier<String> form) {
		if (valid) {
			Optional<V> saved = FormSubmissions.save(result, save, this::reject);
			if (saved.isPresent()) {
				return FormSubmissions.saved(redirect, messages + "." + step, name.apply(saved.get()),
						listOf.apply(saved.get()));
			}
		}
		return form.get();
	}

	private String switched(long id, boolean active, Principal principal, RedirectAttributes redirect) {
		V shown = entry.apply(id);
		return FormSubmissions.switched(redirect, messages + (active ? ".activated" : ".deactivated"),
				name.apply(shown), listOf.apply(shown), () -> switchTo.apply(id, active, principal.getName()));
	}

}
