package io.servicedesk.audit.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import io.servicedesk.audit.AuditEntry;
import io.servicedesk.audit.AuditLog;
import io.servicedesk.audit.AuditRecord;
import io.servicedesk.audit.AuditSearch;
import io.servicedesk.shared.StaffTimeZone;
import org.apache.commons.csv.CSVFormat;
import io.servicedesk.shared.web.CsvCells;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log page of the administration: filters by who, what kind of action, object
 * and dates; keyset paging (newest first); and the same selection as a CSV download,
 * streamed.
 */
@Controller
@RequestMapping("/admin/audit-log")
class AuditLogController {

	static final int PAGE_SIZE = 50;

	private final AuditLog auditLog;

	private final StaffTimeZone times;

	AuditLogController(AuditLog auditLog, StaffTimeZone times) {
		this.auditLog = auditLog;
		this.times = times;
	}

	@GetMapping
	String page(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String object,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long before, Model model) {
		addEntries(new AuditSearch(actor, action, object, from, to, times.zone()), before, model);
		model.addAttribute("actions", auditLog.actions());
		return "admin/audit/log";
	}

	@GetMapping
	@HxRequest
	String rows(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String object,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long before, Model model) {
		addEntries(new AuditSearch(actor, action, object, from, to, times.zone()), before, model);
		return "admin/audit/log :: results";
	}

	@GetMapping("/export.csv")
	void export(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String object,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Principal principal, HttpServletResponse response) throws IOException {
		AuditSearch search = new AuditSearch(actor, action, object, from, to, times.zone());
		auditLog.record(AuditRecord.of(principal.getName(), "audit.exported", "audit-log", null)
			.change(null, search.toString()));
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"audit-log-" + LocalDate.now() + ".csv\"");
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		// A byte order mark, so spreadsheet programs read the names with diacritics as
		// UTF-8.
		writer.write('\uFEFF');
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader("id", "occurred_at", "actor", "action", "object_type", "object_ref", "before", "after",
					"remote_address")
			.get();
		try (CSVPrinter csv = new CSVPrinter(writer, format)) {
			auditLog.forEach(search, entry -> {
				try {
					csv.printRecord(CsvCells.row(entry.getId(), entry.getOccurredAt(), entry.getActor(),
							entry.getAction(), entry.getObjectType(), entry.getObjectRef(), entry.getBefore(),
							entry.getAfter(), entry.getRemoteAddress()));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

	private void addEntries(AuditSearch search, Long before, Model model) {
		List<AuditEntry> found = auditLog.search(search, before, PAGE_SIZE + 1);
		List<AuditEntry> entries = found.stream().limit(PAGE_SIZE).toList();
		model.addAttribute("entries", entries);
		model.addAttribute("next", found.size() > PAGE_SIZE ? entries.get(entries.size() - 1).getId() : null);
		model.addAttribute("search", search);
		model.addAttribute("before", before);
	}

}
