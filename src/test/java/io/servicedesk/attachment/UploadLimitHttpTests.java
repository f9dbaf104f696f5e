package io.servicedesk.attachment;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the real servlet container: an upload larger than the desk takes is answered
 * 413 in the product's own form (the translated page, a problem on the API), never the
 * 403 of a CSRF token that could not be read, whether the request declares its length or
 * is sent in chunks.
 */
@IntegrationTest
class UploadLimitHttpTests {

	private static final String BOUNDARY = "----limit" + System.nanoTime();

	@LocalServerPort
	int port;

	@Autowired
	Attachments attachments;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aDeclaredLengthOverTheLimitIs413WithTheProductsPage() throws Exception {
		HttpResponse<String> page = http.send(
				request("/inquiries/INQ-000001/messages", "text/html",
						HttpRequest.BodyPublishers.ofByteArray(body(attachments.maxPerMessage() + 2 * 1024 * 1024))),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(413);
		assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(page.body()).doesNotContain("Whitelabel").doesNotContain("Apache Tomcat");

		HttpResponse<String> api = http.send(
				request("/api/v1/inquiries/INQ-000001/messages", "application/json",
						HttpRequest.BodyPublishers.ofByteArray(body(attachments.maxPerMessage() + 2 * 1024 * 1024))),
				HttpResponse.BodyHandlers.ofString());
		assertThat(api.statusCode()).isEqualTo(413);
		assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(api.body()).contains("\"status\":413");
	}

	@Test
	void aChunkedUploadOverTheLimitIs413Too() throws Exception {
		byte[] body = body(attachments.maxPerMessage() + 2 * 1024 * 1024);
		HttpResponse<String> api = http.send(
				request("/api/v1/inquiries/INQ-000001/messages", "application/json",
						HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))),
				HttpResponse.BodyHandlers.ofString());
		assertThat(api.statusCode()).isEqualTo(413);
		assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
	}

	private HttpRequest request(String path, String accept, HttpRequest.BodyPublisher body) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.header("Accept", accept)
			.header("Authorization",
					"Basic " + java.util.Base64.getEncoder()
						.encodeToString("agent:demo".getBytes(StandardCharsets.UTF_8)))
			.POST(body)
			.build();
	}

	private static byte[] body(long fileSize) throws Exception {
		String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\nText\r\n--" + BOUNDARY
				+ "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n";
		String tail = "\r\n--" + BOUNDARY + "--\r\n";
		try (InputStream in = new SequenceInputStream(java.util.Collections
			.enumeration(List.of(new ByteArrayInputStream(head.getBytes(StandardCharsets.US_ASCII)),
					new ByteArrayInputStream(new byte[(int) fileSize]),
					new ByteArrayInputStream(tail.getBytes(StandardCharsets.US_ASCII)))))) {
			return in.readAllBytes();
		}
	}

}
