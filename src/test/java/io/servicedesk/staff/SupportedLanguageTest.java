package io.servicedesk.staff;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SupportedLanguageTest {

	@Test
	void recognisesLanguageTagsWithRegionsAndUnderscores() {
		assertThat(SupportedLanguage.fromTag("pl")).hasValue(SupportedLanguage.PL);
		assertThat(SupportedLanguage.fromTag("de-AT")).hasValue(SupportedLanguage.DE);
		assertThat(SupportedLanguage.fromTag("lv_LV")).hasValue(SupportedLanguage.LV);
		assertThat(SupportedLanguage.fromTag(" ET ")).hasValue(SupportedLanguage.ET);
	}

	@Test
	void refusesLanguagesWeDoNotSpeak() {
		assertThat(SupportedLanguage.fromTag("fr")).isEmpty();
		assertThat(SupportedLanguage.fromTag("")).isEmpty();
		assertThat(SupportedLanguage.fromTag(null)).isEmpty();
	}

}
