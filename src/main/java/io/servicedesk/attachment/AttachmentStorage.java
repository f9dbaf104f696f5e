package io.servicedesk.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where the content of files is kept. Every implementation stores from a file on disk and
 * reads as a stream, so no file has to fit in memory.
 */
interface AttachmentStorage {

	/** The name this storage goes by in {@code attachment.storage}. */
	String name();

	/** Keeps the content under a new key and answers the key. */
	String store(Path content, long size) throws IOException;

	/** The content under this key, read as it is consumed. */
	InputStream open(String key) throws IOException;

	/** Removes the content under this key; nothing when there is none. */
	void delete(String key) throws IOException;

}
