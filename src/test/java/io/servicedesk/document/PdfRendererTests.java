package io.servicedesk.document;

import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The renderer alone: HTML with Polish, German, Estonian and Latvian letters becomes a
 * PDF/A-3u whose text PDFBox extracts letter for letter, with DejaVu Sans embedded.
 */
class PdfRendererTests {

	static final String HTML = """
			<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>Zażółć gęślą jaźń</title>
			<style>* { font-family: 'DejaVu Sans'; } b { font-weight: bold; }</style></head>
			<body><p>Zażółć gęślą jaźń. Grüße, Straße. Õun, šokolaad, žürii. <b>Ķēniņš, ļoti, ģimene, ūdens.</b></p>
			</body></html>""";

	@Test
	void diacriticsSurviveAndTheDocumentIsPdfA3u() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new PdfRenderer().render(HTML, out);
		byte[] pdf = out.toByteArray();

		assertThat(PdfChecks.text(pdf)).contains("Zażółć gęślą jaźń")
			.contains("Grüße, Straße")
			.contains("Õun, šokolaad, žürii")
			.contains("Ķēniņš, ļoti, ģimene, ūdens");
		assertThat(PdfChecks.fonts(pdf)).isNotEmpty()
			.allMatch(font -> font.contains("DejaVuSans"))
			.allMatch(font -> font.endsWith("(embedded)"));
		assertThat(PdfChecks.pdfaIdentification(pdf)).isEqualTo("3U");
		assertThat(PdfChecks.pdfaViolations(pdf)).isEmpty();
	}

}
