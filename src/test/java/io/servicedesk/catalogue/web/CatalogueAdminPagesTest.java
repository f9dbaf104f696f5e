package io.servicedesk.catalogue.web;

import java.util.List;
import java.util.Map;

import io.servicedesk.catalogue.CannedResponseView;
import io.servicedesk.catalogue.CannedResponses;
import io.servicedesk.catalogue.CategoryCatalogue;
import io.servicedesk.catalogue.CategoryKind;
import io.servicedesk.catalogue.CategoryView;
import io.servicedesk.catalogue.Placeholders;
import io.servicedesk.shared.Priority;
import io.servicedesk.staff.SupportedLanguage;
import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Categories and canned responses in the administration, and the read API the case
 * modules use.
 */
@IntegrationTest
class CatalogueAdminPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CategoryCatalogue catalogue;

	@Autowired
	CannedResponses cannedResponses;

	@ParameterizedTest
	@ValueSource(strings = { "/admin/categories", "/admin/categories/new", "/admin/canned-responses",
			"/admin/canned-responses/new" })
	@WithUserDetails("agent")
	void nonAdministratorsGet403(String path) throws Exception {
		mvc.perform(get(path)).andExpect(status().isForbidden());
	}

	@Test
	@WithUserDetails("admin")
	void aCategoryNeedsAValidCodeAndANameInEveryLanguage() throws Exception {
		mvc.perform(post("/admin/categories").with(csrf())
			.param("code", "Not Valid")
			.param("kind", "INQUIRY")
			.param("nameEn", "Billing question")
			.param("namePl", "")
			.param("nameDe", "Abrechnungsfrage")
			.param("nameEt", "Arvelduse küsimus")
			.param("nameLv", "Norēķinu jautājums"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Use 2 to 64 lower-case letters"),
					containsString("Please fill in this field."), containsString("Abrechnungsfrage"))));
	}

	@Test
	@WithUserDetails("admin")
	void aComplaintCategoryWithAPriorityIsRefusedNextToThePriority() throws Exception {
		mvc.perform(post("/admin/categories").with(csrf())
			.param("code", "cmp-" + System.nanoTime() % 1_000_000)
			.param("kind", "COMPLAINT")
			.param("defaultPriority", "HIGH")
			.param("nameEn", "Late delivery")
			.param("namePl", "Opóźniona dostawa")
			.param("nameDe", "Verspätete Lieferung")
			.param("nameEt", "Hilinenud tarne")
			.param("nameLv", "Kavēta piegāde"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Only inquiry categories have a default priority.")));
	}

	@Test
	@WithUserDetails("admin")
	void aCategoryIsAddedEditedAndDeactivatedAndTheCatalogueOffersItInTheReadersLanguage() throws Exception {
		String code = "inq-" + System.nanoTime() % 1_000_000;
		mvc.perform(post("/admin/categories").with(csrf())
			.param("code", code)
			.param("kind", "INQUIRY")
			.param("defaultPriority", "HIGH")
			.param("nameEn", "Card blocked " + code)
			.param("namePl", "Zablokowana karta " + code)
			.param("nameDe", "Karte gesperrt " + code)
			.param("nameEt", "Kaart blokeeritud " + code)
			.param("nameLv", "Karte bloķēta " + code))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "category.created"));
		CategoryView created = catalogue.findByCode(code).orElseThrow();
		assertThat(created.defaultPriority()).isEqualTo(Priority.HIGH);
		assertThat(catalogue.active(CategoryKind.INQUIRY, SupportedLanguage.PL)).anySatisfy(
				category -> assertThat(category.name(SupportedLanguage.PL)).isEqualTo("Zablokowana karta " + code));

		mvc.perform(post("/admin/categories/" + created.id()).with(csrf())
			.param("version", String.valueOf(created.version()))
			.param("defaultPriority", "URGENT")
			.param("nameEn", "Card blocked")
			.param("namePl", "Zablokowana karta")
			.param("nameDe", "Karte gesperrt")
			.param("nameEt", "Kaart blokeeritud")
			.param("nameLv", "Karte bloķēta")).andExpect(status().is3xxRedirection());
		assertThat(catalogue.get(created.id()).defaultPriority()).isEqualTo(Priority.URGENT);

		mvc.perform(post("/admin/categories/" + created.id() + "/deactivate").with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "category.deactivated"));
		assertThat(catalogue.active(CategoryKind.INQUIRY, SupportedLanguage.EN))
			.noneSatisfy(category -> assertThat(category.code()).isEqualTo(code));
		mvc.perform(get("/admin/categories").param("kind", "INQUIRY"))
			.andExpect(content().string(containsString(code)));
	}

	@Test
	@WithUserDetails("admin")
	void aCannedResponseWithAnUnknownPlaceholderIsExplainedAndAValidOneIsFilledForACase() throws Exception {
		String title = "Refund confirmed " + System.nanoTime() % 1_000_000;
		mvc.perform(post("/admin/canned-responses").with(csrf())
			.param("title", title)
			.param("language", "EN")
			.param("body", "Dear {{client.surname}}, your refund is on its way."))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Unknown placeholder: client.surname.")));
		mvc.perform(post("/admin/canned-responses").with(csrf())
			.param("title", "")
			.param("language", "EN")
			.param("body", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please fill in this field.")));

		mvc.perform(post("/admin/canned-responses").with(csrf())
			.param("title", title)
			.param("language", "EN")
			.param("body", "Dear {{client.name}}, your refund for {{case.reference}} is on its way. {{agent.name}}"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "canned.created"));

		List<CannedResponseView> offered = cannedResponses.active(SupportedLanguage.EN);
		CannedResponseView response = offered.stream().filter(r -> r.title().equals(title)).findFirst().orElseThrow();
		assertThat(cannedResponses.fill(response.id(),
				Map.of(Placeholders.CLIENT_NAME, "Jānis Liepa", Placeholders.CASE_REFERENCE, "INQ-000007",
						Placeholders.AGENT_NAME, "Anna")))
			.isEqualTo("Dear Jānis Liepa, your refund for INQ-000007 is on its way. Anna");

		mvc.perform(post("/admin/canned-responses").with(csrf())
			.param("title", title.toUpperCase())
			.param("language", "EN")
			.param("body", "Another text"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is already a response titled")));
	}

	@Test
	void theDemoCatalogueHasCategoriesOfBothKindsAndResponsesInEveryLanguage() {
		assertThat(catalogue.findByCode("card-blocked")).hasValueSatisfying(category -> {
			assertThat(category.defaultPriority()).isEqualTo(Priority.URGENT);
			assertThat(category.name(SupportedLanguage.LV)).isEqualTo("Karte bloķēta");
		});
		assertThat(catalogue.active(CategoryKind.COMPLAINT, SupportedLanguage.DE))
			.anySatisfy(category -> assertThat(category.name(SupportedLanguage.DE)).isEqualTo("Beschädigte Ware"));
		for (SupportedLanguage language : SupportedLanguage.values()) {
			assertThat(cannedResponses.active(language)).as(language.tag()).isNotEmpty();
		}
	}

}
