package io.servicedesk.attachment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file's name is kept for display only: no path, no line breaks or control characters
 * that could end a header, no {@code ..}; Polish, Latvian and other scripts survive.
 */
class FileNamesTest {

	@Test
	void pathsLineBreaksControlCharactersAndDotDotAreRemoved() {
		assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
		assertThat(FileNames.clean("C:\\Users\\x\\..\\invoice.pdf")).isEqualTo("invoice.pdf");
		assertThat(FileNames.clean("a\r\nContent-Type: evil\r\n.pdf")).isEqualTo("aContent-Type: evil.pdf");
		assertThat(FileNames.clean("name\u0000with\u0007bell.txt")).isEqualTo("namewithbell.txt");
		assertThat(FileNames.clean("report..pdf")).isEqualTo("report.pdf");
		assertThat(FileNames.clean("..hidden")).isEqualTo("hidden");
		assertThat(FileNames.clean("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
		assertThat(FileNames.clean("quote\".pdf")).isEqualTo("quote'.pdf");
		assertThat(FileNames.clean("   ")).isEqualTo("file");
		assertThat(FileNames.clean(null)).isEqualTo("file");
	}

	@Test
	void unicodeNamesSurviveInTheirComposedForm() {
		assertThat(FileNames.clean("Zażółć gęślą jaźń.pdf")).isEqualTo("Zażółć gęślą jaźń.pdf");
		assertThat(FileNames.clean("Ķēniņš ščūņa.docx")).isEqualTo("Ķēniņš ščūņa.docx");
		assertThat(FileNames.clean("Za\u017co\u0301\u0142c\u0301.txt")).isEqualTo("Zażół\u0107.txt");
		assertThat(FileNames.clean("Jõulud äiu.png")).isEqualTo("Jõulud äiu.png");
	}

	@Test
	void aLongNameIsShortenedKeepingItsExtension() {
		String name = "x".repeat(400) + ".pdf";
		String cleaned = FileNames.clean(name);
		assertThat(cleaned).hasSize(FileNames.MAX_LENGTH).endsWith(".pdf");
	}

}
