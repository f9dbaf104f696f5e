package io.servicedesk.audit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit log page: filters, keyset paging newest first, and the streamed CSV export.
 */
@IntegrationTest
class AuditLogPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog auditLog;

	@Test
	@WithUserDetails("supervisor")
	void onlyAdministratorsSeeTheAuditLog() throws Exception {
		mvc.perform(get("/admin/audit-log")).andExpect(status().isForbidden());
		mvc.perform(get("/admin/audit-log/export.csv")).andExpect(status().isForbidden());
	}

	@Test
	@WithUserDetails("admin")
	void filtersByWhoActionAndObject() throws Exception {
		String object = "OBJ-" + System.nanoTime();
		auditLog.record(AuditRecord.of("auditor-a", "test.audited", "test", object).change("old", "new"));
		auditLog.record(AuditRecord.of("auditor-b", "test.other", "test", object));

		mvc.perform(get("/admin/audit-log").param("object", object).param("actor", "auditor-a"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("test.audited"), containsString("old"), not(containsString("auditor-b")))));
		mvc.perform(get("/admin/audit-log").param("object", object).param("action", "test.other"))
			.andExpect(content().string(allOf(containsString("auditor-b"), not(containsString("auditor-a")))));
		mvc.perform(get("/admin/audit-log").param("object", object).header("HX-Request", "true"))
			.andExpect(content()
				.string(allOf(containsString("id=\"audit-results\""), not(containsString("id=\"audit-filters\"")))));
	}

	@Test
	@WithUserDetails("admin")
	void theDateRangeIncludesBothDaysInTheReadersZone() throws Exception {
		String object = "DAY-" + System.nanoTime();
		auditLog.record(AuditRecord.of("auditor", "test.today", "test", object));
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Warsaw"));

		mvc.perform(get("/admin/audit-log").param("object", object)
			.param("from", today.toString())
			.param("to", today.toString())).andExpect(content().string(containsString(">test.today</span>")));
		mvc.perform(get("/admin/audit-log").param("object", object).param("to", today.minusDays(1).toString()))
			.andExpect(content().string(not(containsString(">test.today</span>"))));
		mvc.perform(get("/admin/audit-log").param("from", "not-a-date")).andExpect(status().isBadRequest());
	}

	@Test
	void keysetPagingWalksFromNewestToOldestWithoutGapsOrRepeats() {
		String actor = "pager-" + System.nanoTime();
		for (int i = 0; i < 7; i++) {
			auditLog.record(AuditRecord.of(actor, "test.page", "test", "P-" + i));
		}
		AuditSearch search = new AuditSearch(actor, null, null, null, null);

		List<AuditEntry> first = auditLog.search(search, null, 3);
		List<AuditEntry> second = auditLog.search(search, first.get(2).getId(), 3);
		List<AuditEntry> third = auditLog.search(search, second.get(2).getId(), 3);

		assertThat(first).extracting(AuditEntry::getObjectRef).containsExactly("P-6", "P-5", "P-4");
		assertThat(second).extracting(AuditEntry::getObjectRef).containsExactly("P-3", "P-2", "P-1");
		assertThat(third).extracting(AuditEntry::getObjectRef).containsExactly("P-0");
	}

	@Test
	@WithUserDetails("admin")
	void theCsvExportIsUtf8WithAByteOrderMarkAndHonoursTheFilters() throws Exception {
		String object = "CSV-" + System.nanoTime();
		auditLog
			.record(AuditRecord.of("auditor", "test.exported", "test", object).change("Kowalska", "Bērziņa, \"Ilze\""));

		MvcResult result = mvc.perform(get("/admin/audit-log/export.csv").param("object", object))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn();
		byte[] body = result.getResponse().getContentAsByteArray();
		assertThat(result.getResponse().getContentType()).startsWith("text/csv");
		assertThat(body).startsWith(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		String csv = new String(body, StandardCharsets.UTF_8).substring(1);
		assertThat(csv.lines().toList()).hasSize(2);
		assertThat(csv).startsWith("id,occurred_at,actor,action,object_type,object_ref,before,after,remote_address")
			.contains("test.exported", object, "\"Bērziņa, \"\"Ilze\"\"\"");
		assertThat(auditLog.latestBy("admin"))
			.anySatisfy(entry -> assertThat(entry.getAction()).isEqualTo("audit.exported"));
	}

}
