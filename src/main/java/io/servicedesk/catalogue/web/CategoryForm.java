package io.servicedesk.catalogue.web;

import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.servicedesk.catalogue.CategoryDraft;
import io.servicedesk.catalogue.CategoryKind;
import io.servicedesk.catalogue.CategoryView;
import io.servicedesk.shared.Priority;
import io.servicedesk.staff.SupportedLanguage;

/**
 * Adding or editing a category; code and kind are fixed once it exists.
 */
class CategoryForm {

	@NotBlank(message = "{validation.required}")
	@Pattern(regexp = "[a-z0-9][a-z0-9-]{1,63}", message = "{category.code.invalid}")
	private String code;

	@NotNull(message = "{validation.required}")
	private CategoryKind kind = CategoryKind.INQUIRY;

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.too-long}")
	private String nameEn;

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.too-long}")
	private String namePl;

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.too-long}")
	private String nameDe;

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.too-long}")
	private String nameEt;

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.too-long}")
	private String nameLv;

	private Priority defaultPriority;

	private Long version;

	static CategoryForm from(CategoryView category) {
		CategoryForm form = new CategoryForm();
		form.code = category.code();
		form.kind = category.kind();
		form.nameEn = category.names().get(SupportedLanguage.EN);
		form.namePl = category.names().get(SupportedLanguage.PL);
		form.nameDe = category.names().get(SupportedLanguage.DE);
		form.nameEt = category.names().get(SupportedLanguage.ET);
		form.nameLv = category.names().get(SupportedLanguage.LV);
		form.defaultPriority = category.defaultPriority();
		form.version = category.version();
		return form;
	}

	CategoryDraft toDraft() {
		Map<SupportedLanguage, String> names = new EnumMap<>(SupportedLanguage.class);
		names.put(SupportedLanguage.EN, nameEn);
		names.put(SupportedLanguage.PL, namePl);
		names.put(SupportedLanguage.DE, nameDe);
		names.put(SupportedLanguage.ET, nameEt);
		names.put(SupportedLanguage.LV, nameLv);
		return new CategoryDraft(code, kind, names, defaultPriority);
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public CategoryKind getKind() {
		return kind;
	}

	public void setKind(CategoryKind kind) {
		this.kind = kind;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getNamePl() {
		return namePl;
	}

	public void setNamePl(String namePl) {
		this.namePl = namePl;
	}

	public String getNameDe() {
		return nameDe;
	}

	public void setNameDe(String nameDe) {
		this.nameDe = nameDe;
	}

	public String getNameEt() {
		return nameEt;
	}

	public void setNameEt(String nameEt) {
		this.nameEt = nameEt;
	}

	public String getNameLv() {
		return nameLv;
	}

	public void setNameLv(String nameLv) {
		this.nameLv = nameLv;
	}

	public Priority getDefaultPriority() {
		return defaultPriority;
	}

	public void setDefaultPriority(Priority defaultPriority) {
		this.defaultPriority = defaultPriority;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
