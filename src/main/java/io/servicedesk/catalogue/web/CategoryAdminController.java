package io.servicedesk.catalogue.web;

import java.security.Principal;
import java.util.Locale;

import jakarta.validation.Valid;

import io.servicedesk.catalogue.CategoryCatalogue;
import io.servicedesk.catalogue.CategoryKind;
import io.servicedesk.catalogue.CategoryView;
import io.servicedesk.shared.Priority;
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.staff.SupportedLanguage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Categories of inquiries and complaints in the administration: list per kind, add, edit
 * names and default priority, deactivate and activate.
 */
@Controller
@RequestMapping("/admin/categories")
class CategoryAdminController extends CatalogueEntryAdmin<CategoryView> {

	private final CategoryCatalogue catalogue;

	CategoryAdminController(CategoryCatalogue catalogue) {
		super("category", catalogue::get, CategoryView::code, category -> "/admin/categories?kind=" + category.kind(),
				catalogue::switchTo);
		this.catalogue = catalogue;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "INQUIRY") CategoryKind kind, Locale locale, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("language",
				SupportedLanguage.fromTag(locale.getLanguage()).orElse(SupportedLanguage.fallback()));
		model.addAttribute("kinds", CategoryKind.values());
		model.addAttribute("categories", catalogue.all(kind));
		return "admin/categories/list";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(defaultValue = "INQUIRY") CategoryKind kind, Model model) {
		CategoryForm form = new CategoryForm();
		form.setKind(kind);
		if (kind == CategoryKind.INQUIRY) {
			form.setDefaultPriority(Priority.NORMAL);
		}
		return form(form, null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("categoryForm") CategoryForm form, BindingResult result, Principal principal,
			Model model, RedirectAttributes redirect) {
		return save(!result.hasErrors(), result, () -> catalogue.create(form.toDraft(), principal.getName()), "created",
				redirect, () -> form(form, null, model));
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		CategoryView category = catalogue.get(id);
		return form(CategoryForm.from(category), category, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("categoryForm") @Valid CategoryForm form, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect) {
		CategoryView category = catalogue.get(id);
		form.setCode(category.code());
		form.setKind(category.kind());
		return save(!result.hasErrors() || onlyFixedFieldsRejected(result), result,
				() -> catalogue.update(id, form.toDraft(), form.getVersion(), principal.getName()), "updated", redirect,
				() -> form(form, category, model));
	}

	private String form(CategoryForm form, CategoryView category, Model model) {
		model.addAttribute("categoryForm", form);
		model.addAttribute("category", category);
		model.addAttribute("kinds", CategoryKind.values());
		model.addAttribute("priorities", Priority.values());
		return "admin/categories/form";
	}

	/**
	 * Code and kind are not edited, so their errors (from the fields that stay as they
	 * were) do not count.
	 */
	private static boolean onlyFixedFieldsRejected(BindingResult result) {
		return result.getGlobalErrorCount() == 0 && result.getFieldErrors()
			.stream()
			.allMatch(error -> error.getField().equals("code") || error.getField().equals("kind"));
	}

	@Override
	void reject(BindingResult result, RuleViolationException refused) {
		switch (refused.getMessageKey()) {
			case "category.code-taken" ->
				result.rejectValue("code", refused.getMessageKey(), refused.getArguments(), null);
			case "category.priority.inquiries-only" -> result.rejectValue("defaultPriority", refused.getMessageKey());
			default -> result.reject(refused.getMessageKey(), refused.getArguments(), null);
		}
	}

}
