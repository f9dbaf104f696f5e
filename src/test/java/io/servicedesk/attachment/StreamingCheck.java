package io.servicedesk.attachment;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Run in a JVM of its own with a heap far smaller than the file: stores a file of the
 * given size in the database storage and reads it back, printing both SHA-256 sums. It
 * can only succeed if neither way holds the file whole.
 */
public final class StreamingCheck {

	private StreamingCheck() {
	}

	public static void main(String[] args) throws Exception {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(args[0], args[1], args[2]);
		long size = Long.parseLong(args[3]);
		DatabaseStorage storage = new DatabaseStorage(JdbcClient.create(dataSource));
		Path file = Files.createTempFile("streaming-check", ".bin");
		try {
			MessageDigest written = MessageDigest.getInstance("SHA-256");
			byte[] block = new byte[1024 * 1024];
			Random random = new Random(42);
			try (OutputStream out = Files.newOutputStream(file)) {
				for (long left = size; left > 0; left -= block.length) {
					random.nextBytes(block);
					int length = (int) Math.min(block.length, left);
					out.write(block, 0, length);
					written.update(block, 0, length);
				}
			}
			String key = storage.store(file, size);
			MessageDigest read = MessageDigest.getInstance("SHA-256");
			long count;
			try (InputStream in = new DigestInputStream(storage.open(key), read)) {
				count = in.transferTo(OutputStream.nullOutputStream());
			}
			storage.delete(key);
			System.out.println("written " + HexFormat.of().formatHex(written.digest()));
			System.out.println("read " + HexFormat.of().formatHex(read.digest()) + " " + count);
			System.out.println("peak heap used " + Runtime.getRuntime().maxMemory());
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

}
