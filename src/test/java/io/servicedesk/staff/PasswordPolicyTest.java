package io.servicedesk.staff;

import java.util.Set;

import io.servicedesk.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class PasswordPolicyTest {

	private final PasswordPolicy policy = PasswordPolicy.standard();

	@ParameterizedTest
	@ValueSource(strings = { "", "short", "elevenchars" })
	void passwordsShorterThanTwelveCharactersAreRefused(String password) {
		assertThat(policy.problemWith(password)).contains("password.too-short");
	}

	@Test
	void aMissingPasswordIsTooShort() {
		assertThat(policy.problemWith(null)).contains("password.too-short");
	}

	@ParameterizedTest
	@ValueSource(strings = { "password1234", "PASSWORD1234", "qwerty123456", "ServiceDesk123",
			"correct horse battery staple" })
	void commonPasswordsAreRefusedWhateverTheirCase(String password) {
		assertThat(policy.problemWith(password)).contains("password.too-common");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Password123!", "!!1q2w3e4r5t6y", "qwertyuiop123", "1q2w3e4r5t6y" })
	void leakedPasswordsAreRefusedAlsoWithPunctuationAtTheEnds(String password) {
		assertThat(policy.problemWith(password)).contains("password.too-common");
	}

	@Test
	void theShippedListHoldsTheHundredThousandMostCommonLeakedPasswords() throws Exception {
		try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(
				PasswordPolicy.class.getResourceAsStream("leaked-passwords-top-100000.txt"),
				java.nio.charset.StandardCharsets.UTF_8))) {
			assertThat(lines.lines().filter(line -> !line.startsWith("# ")).count()).isGreaterThanOrEqualTo(100_000);
		}
	}

	@Test
	void aRepeatedCharacterIsTooSimple() {
		assertThat(policy.problemWith("zzzzzzzzzzzzzzzz")).contains("password.too-common");
	}

	@Test
	void aPasswordLongerThanTheHashCanReadIsRefused() {
		assertThat(policy.problemWith("a".repeat(30) + "b".repeat(35))).contains("password.too-long");
		assertThat(policy.problemWith("żółć".repeat(10))).contains("password.too-long");
	}

	@ParameterizedTest
	@ValueSource(strings = { "twelve chars", "Kaffee mit Milch bitte", "mūsu birojs strādā" })
	void aLongUncommonPasswordIsAccepted(String password) {
		assertThat(policy.problemWith(password)).isEmpty();
		assertThatNoException().isThrownBy(() -> policy.require(password));
	}

	@Test
	void requireRefusesWithTheMessageKey() {
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> policy.require("letmein12345"))
			.satisfies(refused -> assertThat(refused.getMessageKey()).isEqualTo("password.too-common"));
	}

	@Test
	void theListComesFromTheGivenSet() {
		PasswordPolicy custom = new PasswordPolicy(Set.of("Our Own Secret Phrase"));
		assertThat(custom.problemWith("our own secret phrase")).contains("password.too-common");
		assertThat(custom.problemWith("password1234")).isEmpty();
	}

}
