package io.servicedesk.attachment;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the container reads forms and API requests with files, from the attachment limits:
 * a request may carry the files of one message ({@code max-per-message}) and 1 MiB of
 * other fields; every part beyond 256 KiB goes to a temporary file at once, so an upload
 * never sits in the heap. The size of each file is checked as it is copied to the storage
 * ({@link Attachments}), with the file's name in the message.
 */
@Configuration(proxyBeanMethods = false)
class AttachmentUploadConfiguration {

	static final long FORM_FIELDS = 1024 * 1024;

	@Bean
	MultipartConfigElement multipartConfigElement(AttachmentsProperties properties) {
		return new MultipartConfigElement(null, -1, properties.maxPerMessage().toBytes() + FORM_FIELDS, 256 * 1024);
	}

}
