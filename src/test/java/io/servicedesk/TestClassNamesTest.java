package io.servicedesk;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.platform.commons.annotation.Testable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Surefire runs only the classes whose names match the includes of {@code pom.xml}; a
 * class with tests under any other name would never run, and nothing would say so. Every
 * top-level test class (one with a method annotated with a JUnit or jqwik test
 * annotation, which are all {@link Testable}) must match one of those patterns.
 */
class TestClassNamesTest {

	private static final Pattern INCLUDE = Pattern.compile("<include>\\*\\*/([^<]+)\\.java</include>");

	@Test
	void everyTestClassIsOneSurefireRuns() throws IOException, ClassNotFoundException {
		List<Pattern> includes = surefireIncludes();
		assertThat(includes).as("Surefire includes in pom.xml").isNotEmpty();
		List<String> skipped = new ArrayList<>();
		int testClasses = 0;
		for (Class<?> type : topLevelTestClasses()) {
			testClasses++;
			if (includes.stream().noneMatch(pattern -> pattern.matcher(type.getSimpleName()).matches())) {
				skipped.add(type.getName());
			}
		}
		assertThat(testClasses).as("test classes found").isGreaterThan(50);
		assertThat(skipped).as("test classes whose names match no Surefire include").isEmpty();
	}

	private static List<Pattern> surefireIncludes() throws IOException {
		String pom = Files.readString(Path.of("pom.xml"));
		List<Pattern> includes = new ArrayList<>();
		Matcher matcher = INCLUDE.matcher(pom);
		while (matcher.find()) {
			String glob = matcher.group(1);
			includes.add(Pattern.compile(Pattern.quote(glob).replace("*", "\\E.*\\Q")));
		}
		return includes;
	}

	private static List<Class<?>> topLevelTestClasses() throws IOException, ClassNotFoundException {
		Path root = Path.of("target", "test-classes");
		List<Class<?>> found = new ArrayList<>();
		List<Path> classFiles;
		try (Stream<Path> files = Files.walk(root)) {
			classFiles = files.filter(file -> file.toString().endsWith(".class"))
				.filter(file -> !file.getFileName().toString().contains("$"))
				.toList();
		}
		ClassLoader loader = TestClassNamesTest.class.getClassLoader();
		for (Path file : classFiles) {
			String relative = root.relativize(file).toString();
			String name = relative.substring(0, relative.length() - ".class".length())
				.replace(file.getFileSystem().getSeparator(), ".");
			Class<?> type = Class.forName(name, false, loader);
			if (!Modifier.isAbstract(type.getModifiers()) && hasTests(type)) {
				found.add(type);
			}
		}
		return found;
	}

	private static boolean hasTests(Class<?> type) {
		for (Method method : type.getDeclaredMethods()) {
			for (Annotation annotation : method.getAnnotations()) {
				if (annotation.annotationType().isAnnotationPresent(Testable.class)) {
					return true;
				}
			}
		}
		return false;
	}

}
