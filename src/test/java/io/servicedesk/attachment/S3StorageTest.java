package io.servicedesk.attachment;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The S3 storage against an S3 server running in the test (S3Proxy, in memory), with the
 * client built as the application builds it: a file goes up from disk, comes back as a
 * stream byte for byte, and is gone once deleted.
 */
class S3StorageTest {

	private static S3Proxy server;

	private static S3Client s3;

	@BeforeAll
	static void start() throws Exception {
		server = S3Proxy.builder()
			.blobStore(new TransientNio2BlobStore())
			.endpoint(URI.create("http://127.0.0.1:0"))
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "desk-key", "desk-secret")
			.build();
		server.start();
		long until = System.nanoTime() + 10_000_000_000L;
		while (!"STARTED".equals(server.getState()) && System.nanoTime() < until) {
			Thread.sleep(20);
		}
		AttachmentsProperties properties = new AttachmentsProperties("s3", DataSize.ofMegabytes(20),
				DataSize.ofMegabytes(20), "desk-files", "http://127.0.0.1:" + server.getPort(), "eu-central-1",
				"desk-key", "desk-secret", true);
		s3 = new AttachmentStorageConfiguration().attachmentS3Client(properties);
		s3.createBucket(request -> request.bucket("desk-files"));
	}

	@AfterAll
	static void stop() throws Exception {
		s3.close();
		server.stop();
	}

	@Test
	void aFileGoesUpComesBackWholeAndIsDeleted(@TempDir Path dir) throws Exception {
		S3Storage storage = new S3Storage(s3, "desk-files");
		Path file = dir.resolve("upload");
		byte[] block = new byte[64 * 1024];
		new Random(7).nextBytes(block);
		MessageDigest written = MessageDigest.getInstance("SHA-256");
		try (OutputStream out = Files.newOutputStream(file)) {
			for (int i = 0; i < 96; i++) {
				out.write(block);
				written.update(block);
			}
		}

		String key = storage.store(file, Files.size(file));

		assertThat(key).startsWith("attachments/");
		MessageDigest read = MessageDigest.getInstance("SHA-256");
		try (InputStream in = new DigestInputStream(storage.open(key), read)) {
			assertThat(in.transferTo(OutputStream.nullOutputStream())).isEqualTo(96L * block.length);
		}
		assertThat(HexFormat.of().formatHex(read.digest())).isEqualTo(HexFormat.of().formatHex(written.digest()));

		storage.delete(key);
		assertThatThrownBy(() -> storage.open(key).read()).isInstanceOf(NoSuchKeyException.class);
	}

}
