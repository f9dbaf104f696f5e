package io.servicedesk.correspondence;

import java.time.Duration;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyAddressesTest {

	private final ReplyAddresses addresses = new ReplyAddresses(
			new CorrespondenceProperties("desk@example.com", "Desk", null, "a secret of the desk", true, 50, 8,
					Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofMinutes(2), ZoneId.of("UTC")),
			null);

	@Test
	void theReplyAddressCarriesTheCaseAndAVerifiableToken() {
		String address = addresses.of("INQ-000123");

		assertThat(address).matches("desk\\+inq-000123\\.[a-z2-7]{16}@example\\.com");
		assertThat(addresses.caseOf(address)).contains("INQ-000123");
	}

	@Test
	void mailServersMayChangeTheCaseOfTheAddress() {
		assertThat(addresses.caseOf(addresses.of("CMP-000042").toUpperCase())).contains("CMP-000042");
	}

	@Test
	void aGuessedOrAlteredReferenceDoesNotVerify() {
		String genuine = addresses.of("INQ-000123");
		String token = genuine.substring(genuine.indexOf('.') + 1, genuine.indexOf('@'));

		assertThat(addresses.caseOf("desk+inq-000124." + token + "@example.com")).isEmpty();
		assertThat(addresses.caseOf("desk+inq-000123.aaaaaaaaaaaaaaaa@example.com")).isEmpty();
		assertThat(addresses.caseOf("desk+inq-000123@example.com")).isEmpty();
		assertThat(addresses.caseOf("other+inq-000123." + token + "@example.com")).isEmpty();
		assertThat(addresses.caseOf("desk+inq-000123." + token + "@example.org")).isEmpty();
		assertThat(addresses.caseOf(null)).isEmpty();
	}

	@Test
	void anotherKeyMakesOtherTokens() {
		ReplyAddresses other = new ReplyAddresses(
				new CorrespondenceProperties("desk@example.com", "Desk", null, "another secret", true, 50, 8,
						Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofMinutes(2), ZoneId.of("UTC")),
				null);

		assertThat(other.caseOf(addresses.of("INQ-000123"))).isEmpty();
	}

}
