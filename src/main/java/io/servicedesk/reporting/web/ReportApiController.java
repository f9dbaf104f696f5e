package io.servicedesk.reporting.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.servicedesk.reporting.Kpis;
import io.servicedesk.reporting.ReportFilter;
import io.servicedesk.reporting.ReportFilters;
import io.servicedesk.reporting.ReportQuery;
import io.servicedesk.reporting.ReportRequestException;
import io.servicedesk.reporting.Reports;
import io.servicedesk.reporting.Series;

import org.springdoc.core.annotations.ParameterObject;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/reports}: the KPI block, the trends behind the dashboard's charts and
 * the agent leaderboard, as JSON, for supervisors (HTTP Basic or an API token). The
 * dashboard loads the same handlers under {@code /reports/data} with its session. Bad
 * parameters answer 400 with one entry per parameter under {@code errors}.
 */
@RestController
class ReportApiController {

	private final Reports reports;

	private final ReportFilters filters;

	private final MessageSource messages;

	ReportApiController(Reports reports, ReportFilters filters, MessageSource messages) {
		this.reports = reports;
		this.filters = filters;
		this.messages = messages;
	}

	@GetMapping({ "/api/v1/reports/kpis", "/reports/data/kpis" })
	Kpis kpis(@ParameterObject ReportQuery query) {
		return reports.kpis(filters.filter(query));
	}

	@GetMapping({ "/api/v1/reports/series", "/reports/data/series" })
	Series series(@ParameterObject ReportQuery query) {
		return reports.series(filters.filter(query));
	}

	@GetMapping({ "/api/v1/reports/leaderboard", "/reports/data/leaderboard" })
	List<Reports.AgentRow> leaderboard(@ParameterObject ReportQuery query,
			@RequestParam(required = false) String sort) {
		ReportFilter filter = filters.filter(query);
		return reports.leaderboard(filter, sort);
	}

	@ExceptionHandler
	ProblemDetail invalid(ReportRequestException exception, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("problem.validation.detail", null, locale));
		problem.setTitle(messages.getMessage("problem.validation.title", null, locale));
		problem.setProperty("errors", exception.problems().stream().map(field -> {
			Map<String, Object> error = new LinkedHashMap<>();
			error.put("field", field.field());
			error.put("message", messages.getMessage(field.messageKey(), field.arguments(), locale));
			if (field.rejectedValue() != null) {
				error.put("rejectedValue", field.rejectedValue());
			}
			return error;
		}).toList());
		return problem;
	}

}
