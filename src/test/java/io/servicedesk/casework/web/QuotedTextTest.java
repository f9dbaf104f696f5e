package io.servicedesk.casework.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuotedTextTest {

	@Test
	void theHistoryAfterAQuoteHeaderIsFolded() {
		String text = "Thank you, that works.\n\nOn Tue, 1 Dec 2026 at 10:00, Service Desk <desk@x> wrote:\n> Try again.";

		assertThat(QuotedText.fresh(text)).isEqualTo("Thank you, that works.");
		assertThat(QuotedText.quoted(text)).startsWith("On Tue").endsWith("> Try again.");
	}

	@Test
	void quoteHeadersOfTheDesksLanguagesAndMailProgramsAreRecognised() {
		for (String header : new String[] { "Am 01.12.2026 um 10:00 schrieb Service Desk <desk@x>:",
				"W dniu 1.12.2026 o 10:00 Service Desk <desk@x> pisze:", "Service Desk <desk@x> kirjutas:",
				"Service Desk <desk@x> rakstīja:", "-----Original Message-----",
				"-----Ursprüngliche Nachricht-----" }) {
			assertThat(QuotedText.fresh("New words\n" + header + "\nold words")).isEqualTo("New words");
		}
		assertThat(QuotedText.fresh("New words\nFrom: Service Desk\nSent: Tuesday\nold")).isEqualTo("New words");
	}

	@Test
	void aSignatureIsFoldedAndAMailOfQuotesOnlyIsShownWhole() {
		assertThat(QuotedText.fresh("Hello\n-- \nAnna\n+48 600")).isEqualTo("Hello");
		assertThat(QuotedText.quoted("> only quoted\n> lines")).isNull();
		assertThat(QuotedText.quoted("Plain words without history")).isNull();
		assertThat(QuotedText.fresh("Answer\n> quoted\nmy words again")).isEqualTo("Answer\n> quoted\nmy words again");
	}

}
