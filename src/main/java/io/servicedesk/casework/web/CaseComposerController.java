package io.servicedesk.casework.web;

import java.util.List;

import io.servicedesk.casework.Visibility;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The steps every case page has, posted to the case's own address: a message from the
 * composer ({@code /inquiries/{ref}/messages}, {@code /complaints/{ref}/messages}) and an
 * assignment ({@code .../assign}), taken by the {@link CasePages} of the case's kind.
 */
@Controller
class CaseComposerController {

	private final CasePageSteps steps;

	CaseComposerController(CasePageSteps steps) {
		this.steps = steps;
	}

	@PostMapping("/{cases:inquiries|complaints}/{reference}/messages")
	String message(@PathVariable String cases, @PathVariable String reference,
			@RequestParam(required = false) Visibility visibility, @RequestParam(required = false) String body,
			@RequestParam(required = false) String via, @RequestParam(required = false) String to,
			@RequestParam(required = false) List<MultipartFile> files, @RequestParam(required = false) Long version,
			CaseStep request) {
		return steps.pages(cases).message(reference, visibility, body, via, to, files, version, request);
	}

	@PostMapping("/{cases:inquiries|complaints}/{reference}/assign")
	String assign(@PathVariable String cases, @PathVariable String reference,
			@RequestParam(required = false) String assignee, @RequestParam(required = false) String team,
			@RequestParam(required = false) Long version, CaseStep request) {
		return steps.pages(cases).assign(reference, assignee, team, version, request);
	}

}
