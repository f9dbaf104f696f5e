package io.servicedesk.casework.web;

import io.servicedesk.attachment.Attachments;
import io.servicedesk.attachment.FileLimits;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the file limits its pickers state (templates may not call beans inside
 * attribute values).
 */
@ControllerAdvice(annotations = Controller.class)
class FileLimitsAdvice {

	private final FileLimits limits;

	FileLimitsAdvice(Attachments attachments) {
		this.limits = new FileLimits(attachments.maxFileSize(), attachments.maxPerMessage());
	}

	@ModelAttribute("fileLimits")
	FileLimits fileLimits() {
		return limits;
	}

}
