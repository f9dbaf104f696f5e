package io.servicedesk.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Files kept in PostgreSQL, in chunks of 1 MiB ({@code attachment_chunk}): written one
 * chunk at a time in the caller's transaction, read one chunk at a time as the stream is
 * consumed. A {@code pg_dump} holds them with everything else.
 */
class DatabaseStorage implements AttachmentStorage {

	static final int CHUNK = 1024 * 1024;

	private final JdbcClient jdbc;

	DatabaseStorage(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "DATABASE";
	}

	@Override
	public String store(Path content, long size) throws IOException {
		String key = UUID.randomUUID().toString();
		byte[] buffer = new byte[CHUNK];
		try (InputStream in = Files.newInputStream(content)) {
			int seq = 0;
			int read;
			while ((read = in.readNBytes(buffer, 0, CHUNK)) > 0) {
				byte[] chunk = read == CHUNK ? buffer : java.util.Arrays.copyOf(buffer, read);
				jdbc.sql("insert into attachment_chunk (storage_key, seq, bytes) values (:key, :seq, :bytes)")
					.param("key", key)
					.param("seq", seq++)
					.param("bytes", chunk)
					.update();
			}
		}
		return key;
	}

	@Override
	public InputStream open(String key) {
		return new ChunkStream(key);
	}

	@Override
	public void delete(String key) {
		jdbc.sql("delete from attachment_chunk where storage_key = :key").param("key", key).update();
	}

	/** The chunks of one file, each fetched when the previous one is used up. */
	private final class ChunkStream extends InputStream {

		private final String key;

		private byte[] chunk = new byte[0];

		private int position;

		private int next;

		private boolean ended;

		ChunkStream(String key) {
			this.key = key;
		}

		@Override
		public int read() {
			return fill() ? chunk[position++] & 0xff : -1;
		}

		@Override
		public int read(byte[] target, int offset, int length) {
			if (length == 0) {
				return 0;
			}
			if (!fill()) {
				return -1;
			}
			int copied = Math.min(length, chunk.length - position);
			System.arraycopy(chunk, position, target, offset, copied);
			position += copied;
			return copied;
		}

		private boolean fill() {
			while (!ended && position >= chunk.length) {
				byte[] found = jdbc.sql("select bytes from attachment_chunk where storage_key = :key and seq = :seq")
					.param("key", key)
					.param("seq", next++)
					.query(byte[].class)
					.optional()
					.orElse(null);
				if (found == null) {
					ended = true;
				}
				else {
					chunk = found;
					position = 0;
				}
			}
			return !ended || position < chunk.length;
		}

	}

}
