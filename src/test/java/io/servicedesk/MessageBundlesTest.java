package io.servicedesk;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every interface language has every message, none of them empty, and the translations are not English copies.
 */
class MessageBundlesTest {

	private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("app.name", "admin.teams", "role.ADMIN");

	@ParameterizedTest
	@ValueSource(strings = { "pl", "de", "et", "lv" })
	void everyBundleHasTheSameKeysAsTheEnglishOne(String language) throws IOException {
		Properties english = load("messages.properties");
		Properties translated = load("messages_" + language + ".properties");

		assertThat(translated.stringPropertyNames()).as("keys of messages_%s", language)
			.containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "_pl", "_de", "_et", "_lv" })
	void noMessageIsEmpty(String suffix) throws IOException {
		Properties bundle = load("messages" + suffix + ".properties");

		Set<String> empty = bundle.stringPropertyNames()
			.stream()
			.filter(key -> bundle.getProperty(key).isBlank())
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(empty).as("empty messages in messages%s", suffix).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "pl", "de", "et", "lv" })
	void translationsAreNotEnglishCopies(String language) throws IOException {
		Properties english = load("messages.properties");
		Properties translated = load("messages_" + language + ".properties");

		Map<String, String> copies = english.stringPropertyNames()
			.stream()
			.filter(key -> !SAME_IN_EVERY_LANGUAGE.contains(key))
			.filter(key -> english.getProperty(key).equals(translated.getProperty(key)))
			.filter(key -> english.getProperty(key).length() > 12)
			.collect(Collectors.toMap(key -> key, english::getProperty));
		assertThat(copies).as("untranslated messages in messages_%s", language).isEmpty();
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
