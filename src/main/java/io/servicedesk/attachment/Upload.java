package io.servicedesk.attachment;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file on its way in: the name it came with and its content, read once.
 */
public record Upload(String filename, Content content) {

	/** The content of an upload, opened when it is stored. */
	@FunctionalInterface
	public interface Content {

		InputStream open() throws IOException;

	}

}
