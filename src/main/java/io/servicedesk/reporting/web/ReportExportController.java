package io.servicedesk.reporting.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import io.servicedesk.reporting.CaseExport;
import io.servicedesk.reporting.ReportFilter;
import io.servicedesk.reporting.ReportFilters;
import io.servicedesk.reporting.ReportQuery;
import io.servicedesk.reporting.ReportRequestException;
import io.servicedesk.reporting.Reports;
import org.apache.commons.csv.CSVFormat;
import io.servicedesk.shared.web.CsvCells;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * CSV downloads of the dashboard's range and filters (RFC 4180, UTF-8 with a byte order
 * mark so spreadsheet programs read ą, ß, õ and ļ right): the KPI table as the page shows
 * it, and the raw list of inquiries or complaints created in the range, streamed row by
 * row from a database cursor. {@code X-Total-Rows} tells the page how many rows to
 * expect.
 */
@Controller
@RequestMapping("/reports/export")
class ReportExportController {

	private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

	private final Reports reports;

	private final ReportFilters filters;

	private final CaseExport cases;

	private final MessageSource messages;

	ReportExportController(Reports reports, ReportFilters filters, CaseExport cases, MessageSource messages) {
		this.reports = reports;
		this.filters = filters;
		this.cases = cases;
		this.messages = messages;
	}

	@GetMapping("/kpis.csv")
	void kpis(ReportQuery query, Locale locale, HttpServletResponse response) throws IOException {
		ReportFilter filter = filters.filter(query);
		var groups = KpiTable.of(reports.kpis(filter), reports.kpis(filter.previous()), messages, locale);
		long rows = groups.stream().mapToLong(group -> group.tiles().size()).sum();
		try (CSVPrinter csv = open(response, "kpis", filter, rows)) {
			csv.printRecord(messages.getMessage("reports.csv.group", null, locale),
					messages.getMessage("reports.csv.kpi", null, locale),
					messages.getMessage("reports.csv.value", null, locale) + " " + filter.from() + " – " + filter.to(),
					messages.getMessage("reports.csv.previous", null, locale) + " " + filter.previous().from() + " – "
							+ filter.previous().to(),
					messages.getMessage("reports.csv.definition", null, locale));
			for (KpiTable.Group group : groups) {
				for (KpiTable.Tile tile : group.tiles()) {
					csv.printRecord(
							CsvCells.row(group.title(), tile.label(), tile.value(), tile.previous(), tile.help()));
				}
			}
		}
	}

	@GetMapping("/{kind:inquiries|complaints}.csv")
	void cases(@PathVariable String kind, ReportQuery query, HttpServletResponse response) throws IOException {
		ReportFilter filter = filters.filter(query);
		String caseKind = kind.equals("inquiries") ? "INQUIRY" : "COMPLAINT";
		try (CSVPrinter csv = open(response, kind, filter, cases.count(filter, caseKind))) {
			csv.printRecord(CaseExport.COLUMNS);
			int[] written = { 0 };
			cases.forEach(filter, caseKind, values -> {
				try {
					csv.printRecord(CsvCells.row(values));
					if (++written[0] % 500 == 0) {
						csv.flush();
					}
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

	private static CSVPrinter open(HttpServletResponse response, String name, ReportFilter filter, long rows)
			throws IOException {
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"" + name + "-" + filter.from() + "-" + filter.to() + ".csv\"");
		response.setHeader("X-Total-Rows", Long.toString(rows));
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		return new CSVPrinter(writer, CSV);
	}

	@ExceptionHandler
	void invalid(ReportRequestException exception, Locale locale, HttpServletResponse response) throws IOException {
		response.setContentType("text/plain; charset=UTF-8");
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		for (ReportRequestException.FieldProblem problem : exception.problems()) {
			writer.write(messages.getMessage(problem.messageKey(), problem.arguments(), locale) + "\n");
		}
		writer.flush();
	}

}
