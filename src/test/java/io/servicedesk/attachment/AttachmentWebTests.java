package io.servicedesk.attachment;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.servicedesk.audit.AuditEntry;
import io.servicedesk.audit.AuditLog;
import io.servicedesk.casework.CaseChannel;
import io.servicedesk.casework.CaseEntryKind;
import io.servicedesk.casework.CaseEntryView;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.inquiry.InquiryService;
import io.servicedesk.inquiry.NewInquiry;
import io.servicedesk.shared.Priority;
import io.servicedesk.staff.SupportedLanguage;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import io.servicedesk.workspace.ClientFiles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * Files on cases and client records through the pages and the API: the type read from the
 * content decides, never the name; files are served only to those who may see the case,
 * always with {@code nosniff}, downloaded unless an image or a PDF is viewed under a
 * sandbox; names are kept for display without what could make them paths or headers; and
 * an erased client's files are gone.
 */
@IntegrationTest
class AttachmentWebTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = java.util.HexFormat.of()
		.parseHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
				+ "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082");

	@Autowired
	MockMvc mvc;

	@Autowired
	InquiryService inquiries;

	@Autowired
	ClientService clients;

	@Autowired
	ClientFiles clientFiles;

	@Autowired
	Attachments attachments;

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcClient jdbc;

	@Test
	@WithUserDetails("agent")
	void aReplysFileIsOnItsLineAndIsDownloadedWithNosniffUnderItsUnicodeName() throws Exception {
		String reference = inquiry("Łukasz Żółć");

		mvc.perform(multipart("/inquiries/{r}/messages", reference)
			.file(new MockMultipartFile("files", "Umowa zażółć gęślą.pdf", "application/octet-stream", PDF))
			.file(new MockMultipartFile("files", "foto.png", "application/pdf", PNG))
			.param("visibility", "PUBLIC")
			.param("body", "W załączeniu umowa.")
			.with(csrf())).andExpect(status().is3xxRedirection());

		CaseEntryView reply = entry(reference, CaseEntryKind.MESSAGE_OUT);
		assertThat(reply.files()).extracting(AttachmentView::filename, AttachmentView::contentType)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Umowa zażółć gęślą.pdf", "application/pdf"),
					org.assertj.core.groups.Tuple.tuple("foto.png", "image/png"));
		AttachmentView pdf = reply.files().get(0);
		assertThat(pdf.sha256()).hasSize(64).isEqualTo(sha256(PDF));

		mvc.perform(get("/attachments/{id}", pdf.id()))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", startsWith("attachment;")))
			.andExpect(
					header().string("Content-Disposition", containsString("UTF-8''Umowa%20za%C5%BC%C3%B3%C5%82%C4%87")))
			.andExpect(content().bytes(PDF));
		mvc.perform(get("/attachments/{id}/view", reply.files().get(1).id()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", startsWith("inline;")))
			.andExpect(header().string("Content-Security-Policy", startsWith("sandbox")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		mvc.perform(get("/inquiries/{r}", reference))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Umowa zażółć gęślą.pdf")))
			.andExpect(content().string(containsString("title=\"" + pdf.sha256() + "\"")));
	}

	@Test
	@WithUserDetails("agent")
	void htmlNamedPdfAndSvgAreRefusedWithTheReasonAndTheTypedTextKept() throws Exception {
		String reference = inquiry("Disguised Sender");
		int before = inquiries.timeline(inquiries.get(reference, inquiries.viewer("agent"))).size();

		mvc.perform(multipart("/inquiries/{r}/messages", reference)
			.file(new MockMultipartFile("files", "invoice.pdf", "application/pdf",
					"<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8)))
			.param("visibility", "INTERNAL")
			.param("body", "Kept words")
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("“invoice.pdf” is text/html")))
			.andExpect(content().string(containsString("Kept words")));
		mvc.perform(multipart("/api/v1/inquiries/{r}/messages", reference)
			.file(new MockMultipartFile("message", "", MediaType.APPLICATION_JSON_VALUE,
					"{\"body\":\"A note\",\"visibility\":\"INTERNAL\"}".getBytes(StandardCharsets.UTF_8)))
			.file(new MockMultipartFile("files", "logo.png", "image/png",
					"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8)))
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(header().string("Content-Type", startsWith("application/problem+json")))
			.andExpect(jsonPath("$.detail").value(containsString("image/svg+xml")));

		assertThat(inquiries.timeline(inquiries.get(reference, inquiries.viewer("agent")))).hasSize(before);
	}

	@Test
	@WithUserDetails("agent")
	void theApiTakesANoteWithFilesAndServesTheContent() throws Exception {
		String reference = inquiry("Api Sender");

		mvc.perform(
				multipart("/api/v1/inquiries/{r}/messages", reference)
					.file(new MockMultipartFile("message", "", MediaType.APPLICATION_JSON_VALUE,
							"{\"body\":\"Scan attached\",\"visibility\":\"INTERNAL\"}"
								.getBytes(StandardCharsets.UTF_8)))
					.file(new MockMultipartFile("files", "scan.pdf", "application/pdf", PDF))
					.with(csrf()))
			.andExpect(status().isCreated());

		AttachmentView scan = entry(reference, CaseEntryKind.NOTE).files().get(0);
		mvc.perform(get("/api/v1/attachments/{id}/content", scan.id()))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(PDF));
	}

	@Test
	void anotherTeamsCaseFilesAreRefusedByUrlAndApi() throws Exception {
		String reference = inquiry("Front Desk Only");
		inquiries.addNote(reference, inquiries.viewer("agent"), "Passport scan",
				List.of(new Upload("passport.png", () -> new java.io.ByteArrayInputStream(PNG))), null);
		long id = entry(reference, CaseEntryKind.NOTE).files().get(0).id();

		mvc.perform(get("/attachments/{id}", id).with(user(userDetails("agent2")))).andExpect(status().isForbidden());
		mvc.perform(get("/attachments/{id}/view", id).with(user(userDetails("agent2"))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/attachments/{id}/content", id).with(user(userDetails("agent2"))))
			.andExpect(status().isForbidden())
			.andExpect(header().string("Content-Type", startsWith("application/problem+json")));
		mvc.perform(get("/attachments/{id}", id).with(user(userDetails("supervisor")))).andExpect(status().isOk());
		mvc.perform(get("/attachments/{id}", Long.MAX_VALUE).with(user(userDetails("agent"))))
			.andExpect(status().isNotFound());
	}

	@Test
	@WithUserDetails("agent")
	void aFileOverTheLimitIsRefusedWith413AndNothingIsSaved() throws Exception {
		String reference = inquiry("Large Sender");
		byte[] large = new byte[(int) attachments.maxFileSize() + 1];
		System.arraycopy(PDF, 0, large, 0, PDF.length);
		int before = inquiries.timeline(inquiries.get(reference, inquiries.viewer("agent"))).size();

		mvc.perform(multipart("/api/v1/inquiries/{r}/messages", reference)
			.file(new MockMultipartFile("message", "", MediaType.APPLICATION_JSON_VALUE,
					"{\"body\":\"Big\",\"visibility\":\"INTERNAL\"}".getBytes(StandardCharsets.UTF_8)))
			.file(new MockMultipartFile("files", "big.pdf", "application/pdf", large))
			.with(csrf()))
			.andExpect(status().isContentTooLarge())
			.andExpect(header().string("Content-Type", startsWith("application/problem+json")))
			.andExpect(jsonPath("$.detail").value(containsString("big.pdf")));
		mvc.perform(multipart("/inquiries/{r}/messages", reference)
			.file(new MockMultipartFile("files", "big.pdf", "application/pdf", large))
			.param("visibility", "INTERNAL")
			.param("body", "My long note")
			.with(csrf()))
			.andExpect(status().isContentTooLarge())
			.andExpect(content().string(containsString("My long note")));

		assertThat(inquiries.timeline(inquiries.get(reference, inquiries.viewer("agent")))).hasSize(before);
	}

	@Test
	@WithUserDetails("agent")
	void theClientRecordTakesDocumentsShownWithWhoAndWhenAndAnErasureRemovesThem() throws Exception {
		ClientDetails client = ClientMother.speaking(clients, "Record Holder", SupportedLanguage.EN);

		mvc.perform(multipart("/clients/{n}/attachments", client.number())
			.file(new MockMultipartFile("files", "contract.pdf", "application/pdf", PDF))
			.param("description", "Signed contract")
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(multipart("/api/v1/clients/{n}/attachments", client.number())
			.file(new MockMultipartFile("files", "id-card.png", "image/png", PNG))
			.with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].filename").value("id-card.png"))
			.andExpect(jsonPath("$[0].sha256").value(sha256(PNG)));
		mvc.perform(multipart("/api/v1/clients/{n}/attachments", client.number()).with(csrf()))
			.andExpect(status().isUnprocessableContent());

		mvc.perform(get("/clients/{n}", client.number()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("contract.pdf")))
			.andExpect(content().string(containsString("Signed contract")))
			.andExpect(content().string(containsString("added by agent on")));
		assertThat(clientFiles.of(client.number())).extracting(AttachmentView::filename)
			.containsExactly("id-card.png", "contract.pdf");
		assertThat(auditLog.latestFor(client.number()))
			.anySatisfy(entry -> assertThat(entry.getAction() + " " + entry.getAfter()).contains("client.files-added")
				.contains(sha256(PDF)));

		clients.erase(client.number(), "admin");
		eventually(() -> jdbc.sql("select count(*) from attachment where client_id = :id")
			.param("id", client.id())
			.query(Long.class)
			.single() == 0);
		assertThat(jdbc
			.sql("select count(*) from attachment_chunk c where not exists "
					+ "(select 1 from attachment a where a.storage_key = c.storage_key)")
			.query(Long.class)
			.single()).isZero();
		assertThat(auditLog.latestFor(client.number())).extracting(AuditEntry::getAction).contains("attachment.erased");
	}

	private static void eventually(java.util.function.BooleanSupplier condition) throws InterruptedException {
		long until = System.nanoTime() + 10_000_000_000L;
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited 10 s").isLessThan(until);
			Thread.sleep(100);
		}
	}

	private String inquiry(String name) {
		ClientDetails client = ClientMother.speaking(clients, name, SupportedLanguage.EN);
		return inquiries
			.create(new NewInquiry(client.number(), null, CaseChannel.PHONE, "Files " + ClientMother.unique(),
					"About files", Priority.NORMAL, null, null, null, true), inquiries.viewer("agent"))
			.reference();
	}

	private CaseEntryView entry(String reference, CaseEntryKind kind) {
		return inquiries.timeline(inquiries.get(reference, inquiries.viewer("supervisor")))
			.stream()
			.filter(entry -> entry.kind() == kind)
			.reduce((first, second) -> second)
			.orElseThrow();
	}

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	private org.springframework.security.core.userdetails.UserDetails userDetails(String username) {
		return users.loadUserByUsername(username);
	}

	static String sha256(byte[] bytes) throws Exception {
		return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
