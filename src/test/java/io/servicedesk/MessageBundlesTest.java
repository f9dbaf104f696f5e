package io.servicedesk;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message bundle (the frame's {@code messages} and one per feature area under
 * {@code i18n/}) exists in all five interface languages with the same keys, no empty
 * values, and translations that are not English copies.
 */
class MessageBundlesTest {

	private static final List<String> TRANSLATIONS = List.of("pl", "de", "et", "lv");

	/**
	 * Words that are the same in every language: product names, codes and international
	 * terms.
	 */
	private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("app.name", "admin.teams", "role.ADMIN",
			"mail.template.SIGNATURE.body");

	static Stream<String> basenames() throws IOException {
		Set<String> names = new TreeSet<>();
		if (MessageBundlesTest.class.getClassLoader().getResource("messages.properties") != null) {
			names.add("messages");
		}
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:i18n/*.properties")) {
			String file = resource.getFilename();
			if (file != null && !file.matches(".*_[a-z]{2}\\.properties")) {
				names.add("i18n/" + file.substring(0, file.length() - ".properties".length()));
			}
		}
		return names.stream();
	}

	static Stream<Arguments> translatedBundles() throws IOException {
		return basenames().flatMap(name -> TRANSLATIONS.stream().map(language -> Arguments.of(name, language)));
	}

	@Test
	void theFrameBundleExists() throws IOException {
		assertThat(basenames()).contains("messages");
	}

	@ParameterizedTest(name = "{0}_{1}")
	@MethodSource("translatedBundles")
	void everyTranslationHasTheSameKeysAsTheEnglishBundle(String basename, String language) throws IOException {
		Properties english = load(basename + ".properties");
		Properties translated = load(basename + "_" + language + ".properties");

		assertThat(translated.stringPropertyNames()).as("keys of %s_%s", basename, language)
			.containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
	}

	@ParameterizedTest(name = "{0}_{1}")
	@MethodSource("translatedBundles")
	void noMessageIsEmptyAndNoneIsAnEnglishCopy(String basename, String language) throws IOException {
		Properties english = load(basename + ".properties");
		Properties translated = load(basename + "_" + language + ".properties");

		Set<String> empty = Stream.of(english, translated)
			.flatMap(bundle -> bundle.stringPropertyNames().stream().filter(key -> bundle.getProperty(key).isBlank()))
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(empty).as("empty messages in %s", basename).isEmpty();

		Map<String, String> copies = english.stringPropertyNames()
			.stream()
			.filter(key -> !SAME_IN_EVERY_LANGUAGE.contains(key))
			.filter(key -> english.getProperty(key).equals(translated.getProperty(key)))
			.filter(key -> english.getProperty(key).length() > 12)
			.collect(Collectors.toMap(key -> key, english::getProperty));
		assertThat(copies).as("untranslated messages in %s_%s", basename, language).isEmpty();
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
