package io.servicedesk.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * What the tests read from a PDF: its text as PDFBox extracts it, its fonts, its PDF/A
 * identification, and veraPDF's verdict on its conformance.
 */
final class PdfChecks {

	static {
		VeraGreenfieldFoundryProvider.initialise();
	}

	private PdfChecks() {
	}

	/** The text of all pages, each run of white space (line breaks too) one space. */
	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	/** Every font the pages use: its name and whether its program is embedded. */
	static List<String> fonts(byte[] pdf) throws IOException {
		List<String> fonts = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				for (var name : resources.getFontNames()) {
					PDFont font = resources.getFont(name);
					boolean embedded = font instanceof PDType0Font type0 ? type0.getDescendantFont().isEmbedded()
							: font.isEmbedded();
					fonts.add(font.getName() + (embedded ? " (embedded)" : " (not embedded)"));
				}
			}
		}
		return fonts;
	}

	/** The PDF/A part and conformance level the XMP metadata claims, e.g. "3U". */
	static String pdfaIdentification(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			XMPMetadata xmp = new DomXmpParser()
				.parse(document.getDocumentCatalog().getMetadata().exportXMPMetadata().readAllBytes());
			PDFAIdentificationSchema id = xmp.getPDFAIdentificationSchema();
			return id == null ? null : id.getPart() + id.getConformance();
		}
	}

	/** veraPDF's failed rules for PDF/A-3u (empty: compliant). */
	static List<String> pdfaViolations(byte[] pdf) throws Exception {
		try (PDFAParser parser = Foundries.defaultInstance()
			.createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_3_U);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_U, false)) {
			ValidationResult result = validator.validate(parser);
			return result.getTestAssertions()
				.stream()
				.filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
				.map(assertion -> assertion.getRuleId().getClause() + " " + assertion.getMessage())
				.distinct()
				.toList();
		}
	}

}
