package io.servicedesk.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Turns a document's HTML into PDF/A-3u: every glyph from the embedded DejaVu Sans
 * (regular and bold, subset to the characters used, each with its Unicode mapping), the
 * sRGB output intent, and the PDF/A identification in the XMP metadata with the title,
 * author, subject and language of the HTML's head.
 */
@Component
class PdfRenderer {

	/** The only font family of every document; the templates' stylesheet names it. */
	static final String FONT_FAMILY = "DejaVu Sans";

	/** The conformance level of every document. */
	static final PdfAConformance CONFORMANCE = PdfAConformance.PDFA_3_U;

	private final byte[] regular;

	private final byte[] bold;

	private final byte[] colourProfile;

	PdfRenderer() {
		this.regular = read("documents/fonts/DejaVuSans.ttf");
		this.bold = read("documents/fonts/DejaVuSans-Bold.ttf");
		this.colourProfile = read("documents/sRGB.icc");
	}

	/** Renders the HTML (any HTML5 that jsoup reads) to the stream. */
	void render(String html, OutputStream out) throws IOException {
		org.w3c.dom.Document dom = new W3CDom().fromJsoup(Jsoup.parse(html));
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePdfAConformance(CONFORMANCE);
		builder.useColorProfile(colourProfile);
		builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
		builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
		builder.withProducer("Service Desk");
		builder.withW3cDocument(dom, null);
		builder.toStream(out);
		builder.run();
	}

	private static byte[] read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The document resource " + path + " is missing", ex);
		}
	}

}
