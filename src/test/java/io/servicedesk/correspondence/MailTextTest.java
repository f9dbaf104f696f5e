package io.servicedesk.correspondence;

import java.time.Duration;

import io.servicedesk.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailTextTest {

	@Test
	void aHeaderHoldsNoLineBreaksNorControlCharacters() {
		assertThat(MailText.header("Eve\r\nBcc: evil@example.com\u0000 ")).isEqualTo("Eve Bcc: evil@example.com");
		assertThat(MailText.header("Zofia Łęcka\u2028x")).isEqualTo("Zofia Łęcka x");
	}

	@Test
	void aRecipientIsExactlyOneValidAddress() {
		assertThat(Recipient.of("Anna@Example.COM", "Anna\r\nBcc: x@example.com").address())
			.isEqualTo("anna@example.com");
		assertThat(Recipient.of("anna@example.com", "Anna\r\nBcc: x@example.com").name())
			.isEqualTo("Anna Bcc: x@example.com");
		for (String refused : new String[] { "a@example.com, b@example.com", "a@example.com\r\nBcc: b@example.com",
				"Eve <eve@example.com>", "a@example.com;b@example.com", "not an address", "" }) {
			assertThatThrownBy(() -> Recipient.of(refused, null)).isInstanceOf(RuleViolationException.class);
		}
	}

	@Test
	void theHtmlPartEscapesWhatTheTextSays() {
		assertThat(MailText.paragraphs("Hello <script>alert(1)</script>\nline two\n\nSecond & last"))
			.isEqualTo("<p>Hello &lt;script&gt;alert(1)&lt;/script&gt;<br>\nline two</p>\n<p>Second &amp; last</p>\n");
	}

	@Test
	void attemptsBackOffExponentiallyUpToTheLongestPause() {
		Duration initial = Duration.ofSeconds(30);
		Duration max = Duration.ofHours(1);

		assertThat(OutgoingMessage.backoff(1, initial, max)).isEqualTo(Duration.ofSeconds(30));
		assertThat(OutgoingMessage.backoff(2, initial, max)).isEqualTo(Duration.ofMinutes(1));
		assertThat(OutgoingMessage.backoff(4, initial, max)).isEqualTo(Duration.ofMinutes(4));
		assertThat(OutgoingMessage.backoff(20, initial, max)).isEqualTo(max);
		assertThat(OutgoingMessage.backoff(200, initial, max)).isEqualTo(max);
	}

}
