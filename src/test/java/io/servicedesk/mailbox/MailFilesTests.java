package io.servicedesk.mailbox;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import io.servicedesk.attachment.AttachmentOrigin;
import io.servicedesk.attachment.AttachmentView;
import io.servicedesk.attachment.Upload;
import io.servicedesk.casework.CaseChannel;
import io.servicedesk.casework.CaseEntryKind;
import io.servicedesk.casework.CaseEntryView;
import io.servicedesk.casework.CaseMailFiles;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.correspondence.Correspondence;
import io.servicedesk.inquiry.InquiryService;
import io.servicedesk.inquiry.NewInquiry;
import io.servicedesk.shared.Priority;
import io.servicedesk.staff.SupportedLanguage;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.EmbeddedMailServer;
import io.servicedesk.support.IntegrationTest;
import io.servicedesk.support.TestMailConfiguration;
import io.servicedesk.support.TestMailbox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files travel with the mail both ways: an agent's reply carries its files to the
 * client's mailbox under their names, and the files of a client's mail become files of
 * its message on the case, except those the desk does not take, which a line of the case
 * names while the original mail keeps them.
 */
@IntegrationTest
class MailFilesTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = HexFormat.of()
		.parseHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
				+ "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082");

	@Autowired
	InquiryService inquiries;

	@Autowired
	ClientService clients;

	@Autowired
	Correspondence correspondence;

	@Autowired
	Mailbox mailbox;

	@Test
	void aReplysFilesReachTheClientAndTheClientsPhotoLandsOnTheCase() throws Exception {
		ClientDetails client = ClientMother.speaking(clients, "Kārlis Bērziņš", SupportedLanguage.LV);
		String reference = inquiries
			.create(new NewInquiry(client.number(), null, CaseChannel.EMAIL, "Bojāta prece", "Kaste bija saplēsta",
					Priority.NORMAL, null, null, null, true), inquiries.viewer("agent"))
			.reference();

		inquiries.reply(reference, inquiries.viewer("agent"), "Lūdzu, aizpildiet veidlapu.", null,
				List.of(new Upload("Pieteikums atgriešanai ščūņa.pdf", () -> new ByteArrayInputStream(PDF))), null);
		correspondence.deliverNow();

		MimeMessage sent = TestMailbox.to(client.email()).get(0);
		assertThat(sent.isMimeType("multipart/mixed")).isTrue();
		List<Part> files = attachedParts(sent);
		assertThat(files).hasSize(1);
		assertThat(files.get(0).getFileName()).isEqualTo("Pieteikums atgriešanai ščūņa.pdf");
		assertThat(files.get(0).isMimeType("application/pdf")).isTrue();
		assertThat(files.get(0).getInputStream().readAllBytes()).isEqualTo(PDF);
		assertThat(((Multipart) sent.getContent()).getBodyPart(0).isMimeType("multipart/alternative")).isTrue();

		sendWithFiles(client.email(), replyTo(sent), "Re: " + sent.getSubject(), "Foto pielikumā.",
				List.of(new File("kaste.png", "image/png", PNG),
						new File("setup.exe", "application/octet-stream",
								"MZ\u0090\u0000 this is a program".getBytes(StandardCharsets.ISO_8859_1))),
				sent.getHeader("Message-ID", null));
		mailbox.readNow();

		List<CaseEntryView> timeline = inquiries.timeline(inquiries.get(reference, inquiries.viewer("agent")));
		CaseEntryView answer = timeline.stream()
			.filter(entry -> entry.kind() == CaseEntryKind.MESSAGE_IN)
			.findFirst()
			.orElseThrow();
		assertThat(answer.files()).singleElement().satisfies(file -> {
			assertThat(file.filename()).isEqualTo("kaste.png");
			assertThat(file.contentType()).isEqualTo("image/png");
			assertThat(file.origin()).isEqualTo(AttachmentOrigin.MAIL);
			assertThat(file.sha256()).isEqualTo(sha256(PNG));
			assertThat(file.incomingMailId()).isEqualTo(answer.incomingMailId());
		});
		CaseEntryView refused = timeline.stream()
			.filter(entry -> CaseMailFiles.REFUSED.equals(entry.detail()))
			.findFirst()
			.orElseThrow();
		assertThat(refused.kind()).isEqualTo(CaseEntryKind.NOTE);
		assertThat(refused.body()).startsWith("setup.exe (").contains("application/x-");
	}

	@Test
	void aNewMailsFilesAreOnTheOpeningMessageOfItsInquiry() throws Exception {
		ClientDetails client = ClientMother.speaking(clients, "Zofia Fakturowa", SupportedLanguage.PL);
		String subject = "Faktura " + ClientMother.unique();

		sendWithFiles(client.email(), EmbeddedMailServer.DESK, subject, "Faktura w załączniku.",
				List.of(new File("Faktura zażółć.pdf", "application/octet-stream", PDF)), null);
		mailbox.readNow();

		String reference = mailbox.list(null, null, 200)
			.stream()
			.filter(mail -> subject.equals(mail.subject()))
			.findFirst()
			.orElseThrow()
			.caseRef();
		CaseEntryView opened = inquiries.timeline(inquiries.get(reference, inquiries.viewer("supervisor"))).get(0);
		assertThat(opened.kind()).isEqualTo(CaseEntryKind.OPENED);
		assertThat(opened.files()).extracting(AttachmentView::filename, AttachmentView::contentType)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Faktura zażółć.pdf", "application/pdf"));
	}

	record File(String name, String type, byte[] content) {
	}

	static void sendWithFiles(String from, String to, String subject, String text, List<File> files, String inReplyTo)
			throws Exception {
		Properties settings = new Properties();
		settings.put("mail.smtp.host", "127.0.0.1");
		settings.put("mail.smtp.port", Integer.toString(TestMailConfiguration.server().getSmtp().getPort()));
		MimeMessage message = new MimeMessage(Session.getInstance(settings));
		message.setFrom(new InternetAddress(from));
		message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
		message.setSubject(subject, "UTF-8");
		if (inReplyTo != null) {
			message.setHeader("In-Reply-To", inReplyTo);
		}
		MimeMultipart mixed = new MimeMultipart("mixed");
		MimeBodyPart body = new MimeBodyPart();
		body.setText(text, "UTF-8");
		mixed.addBodyPart(body);
		for (File file : files) {
			MimeBodyPart part = new MimeBodyPart();
			part.setDataHandler(
					new jakarta.activation.DataHandler(new ByteArrayDataSource(file.content(), file.type())));
			part.setFileName(file.name());
			part.setDisposition(Part.ATTACHMENT);
			mixed.addBodyPart(part);
		}
		message.setContent(mixed);
		Transport.send(message);
	}

	static List<Part> attachedParts(Part part) throws Exception {
		List<Part> found = new ArrayList<>();
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				found.addAll(attachedParts(multipart.getBodyPart(i)));
			}
		}
		else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			found.add(part);
		}
		return found;
	}

	static String replyTo(MimeMessage message) throws Exception {
		return ((InternetAddress) message.getReplyTo()[0]).getAddress();
	}

	static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
