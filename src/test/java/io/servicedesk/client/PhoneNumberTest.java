package io.servicedesk.client;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PhoneNumberTest {

	@Test
	void whatPeopleTypeIsNormalisedToE164() {
		assertThat(PhoneNumber.parse("+48 601-234-567", null)).contains(new PhoneNumber("+48601234567"));
		assertThat(PhoneNumber.parse("0048 (601) 234 567", null)).contains(new PhoneNumber("+48601234567"));
		assertThat(PhoneNumber.parse("601 234 567", "pl")).contains(new PhoneNumber("+48601234567"));
		assertThat(PhoneNumber.parse("0151 23456789", "DE")).contains(new PhoneNumber("+4915123456789"));
	}

	@Test
	void aNationalNumberWithoutCountryOrGarbageIsRefused() {
		assertThat(PhoneNumber.parse("601 234 567", null)).isEmpty();
		assertThat(PhoneNumber.parse("call me maybe", "PL")).isEmpty();
		assertThat(PhoneNumber.parse("+1", null)).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> new PhoneNumber("601234567"));
	}

	@Test
	void emailSyntaxIsCheckedAndCaseFolded() {
		assertThat(new Email(" Jan.Kowalski@Example.COM ").value()).isEqualTo("jan.kowalski@example.com");
		assertThat(Email.isValid("jan@")).isFalse();
		assertThat(Email.isValid("jan kowalski@example.com")).isFalse();
		assertThat(Email.ofNullable("  ")).isNull();
	}

}
