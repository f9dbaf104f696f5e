package io.servicedesk.catalogue.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.servicedesk.catalogue.CannedResponseView;
import io.servicedesk.staff.SupportedLanguage;

/**
 * Adding or editing a canned response.
 */
class CannedResponseForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.too-long}")
	private String title;

	@NotBlank(message = "{validation.required}")
	@Size(max = 10000, message = "{validation.too-long}")
	private String body;

	@NotNull(message = "{validation.required}")
	private SupportedLanguage language = SupportedLanguage.EN;

	private Long version;

	static CannedResponseForm from(CannedResponseView response) {
		CannedResponseForm form = new CannedResponseForm();
		form.title = response.title();
		form.body = response.body();
		form.language = response.language();
		form.version = response.version();
		return form;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public SupportedLanguage getLanguage() {
		return language;
	}

	public void setLanguage(SupportedLanguage language) {
		this.language = language;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
