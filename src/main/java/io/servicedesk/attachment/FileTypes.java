package io.servicedesk.attachment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

import org.springframework.stereotype.Component;

/**
 * What a file is, read from its content with Apache Tika (its magic numbers, and inside
 * zip containers for today's office documents); its name only tells apart what the
 * content cannot (a text file from a CSV file, the kind of a legacy OLE2 office file).
 * The allowlist decides what the desk accepts: PDF, images, office documents, text, CSV
 * and e-mail. Anything that a browser would run (HTML, SVG, scripts) or that would run on
 * a computer is refused, whatever its name says.
 */
@Component
class FileTypes {

	private static final Set<String> ALLOWED = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif",
			"image/webp", "image/tiff", "image/bmp", "image/heic", "image/heif", "text/plain", "text/csv",
			"message/rfc822", "application/vnd.ms-outlook", "application/rtf", "application/msword",
			"application/vnd.ms-excel", "application/vnd.ms-powerpoint",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation",
			"application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
			"application/vnd.oasis.opendocument.presentation");

	/** Shown in the browser itself (under a sandbox), everything else is downloaded. */
	private static final Set<String> INLINE = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif",
			"image/webp");

	/** What a legacy OLE2 file is, by its name. */
	private static final java.util.Map<String, String> OLE2 = java.util.Map.of("doc", "application/msword", "xls",
			"application/vnd.ms-excel", "ppt", "application/vnd.ms-powerpoint", "msg", "application/vnd.ms-outlook");

	private final Tika tika = new Tika();

	/** The type of the content in this file, given the name it came with. */
	String detect(Path content, String name) throws IOException {
		Metadata metadata = new Metadata();
		metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
		String detected;
		try (TikaInputStream in = TikaInputStream.get(content)) {
			detected = MediaType.parse(tika.getDetector().detect(in, metadata).toString()).getBaseType().toString();
		}
		if (detected.equals("application/x-tika-msoffice")) {
			return OLE2.getOrDefault(extension(name), detected);
		}
		return detected;
	}

	static boolean allowed(String type) {
		return ALLOWED.contains(type);
	}

	static boolean inline(String type) {
		return INLINE.contains(type);
	}

	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

}
