package io.servicedesk.staff;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The interface languages of the desk, each with its name in its own language for the
 * language switcher.
 */
public enum SupportedLanguage {

	EN("en", "English"), PL("pl", "Polski"), DE("de", "Deutsch"), ET("et", "Eesti"), LV("lv", "Latviešu");

	private final String tag;

	private final String nativeName;

	SupportedLanguage(String tag, String nativeName) {
		this.tag = tag;
		this.nativeName = nativeName;
	}

	public String tag() {
		return tag;
	}

	public String nativeName() {
		return nativeName;
	}

	public Locale locale() {
		return Locale.forLanguageTag(tag);
	}

	public static SupportedLanguage fallback() {
		return EN;
	}

	public static Optional<SupportedLanguage> fromTag(String tag) {
		if (tag == null) {
			return Optional.empty();
		}
		String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
		return Arrays.stream(values()).filter(candidate -> candidate.tag.equals(language)).findFirst();
	}

}
