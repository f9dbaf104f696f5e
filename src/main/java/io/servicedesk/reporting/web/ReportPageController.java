package io.servicedesk.reporting.web;

import java.time.LocalDate;
import java.util.ArrayList;
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

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /reports}: the supervisors' dashboard. A range preset (today, the last 7 days,
 * this month, last month) or custom dates, filters, the KPI tiles with the change against
 * the previous period of the same length, charts drawn from {@code /reports/data/series}
 * with a table of the same figures under each, the agent leaderboard and the CSV exports.
 */
@Controller
@RequestMapping("/reports")
class ReportPageController {

	static final List<String> PRESETS = List.of("today", "last-7-days", "this-month", "last-month", "custom");

	private final Reports reports;

	private final ReportFilters filters;

	private final MessageSource messages;

	ReportPageController(Reports reports, ReportFilters filters, MessageSource messages) {
		this.reports = reports;
		this.filters = filters;
		this.messages = messages;
	}

	@GetMapping
	String dashboard(@RequestParam(required = false) String range, ReportQuery query,
			@RequestParam(required = false) String sort, Model model, Locale locale) {
		String preset = range != null && PRESETS.contains(range) ? range
				: (query.from() != null || query.to() != null) ? "custom" : "last-7-days";
		LocalDate today = filters.today();
		if (!preset.equals("custom")) {
			LocalDate[] dates = presetRange(preset, today);
			query = query.withRange(dates[0].toString(), dates[1].toString());
		}
		String team = query.team();
		ReportFilter filter;
		try {
			filter = filters.filter(query);
		}
		catch (ReportRequestException invalid) {
			model.addAttribute("errors",
					invalid.problems()
						.stream()
						.map(problem -> messages.getMessage(problem.messageKey(), problem.arguments(), locale))
						.toList());
			filter = filters.filter(ReportQuery.range(today.minusDays(6).toString(), today.toString()));
			preset = "last-7-days";
			team = null;
		}
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("from", filter.from().toString());
		parameters.put("to", filter.to().toString());
		parameters.put("team", team);
		parameters.put("agent", filter.agent());
		parameters.put("channel", filter.channel());
		parameters.put("category", filter.category());
		parameters.put("priority", filter.priority());
		Reports.Dashboard dashboard = reports.dashboard(filter, sort);
		Kpis kpis = dashboard.kpis();
		Kpis previous = dashboard.previous();
		Series series = dashboard.series();
		ReportFilters.FilterOptions options = filters.options(locale);
		model.addAttribute("preset", preset);
		model.addAttribute("presets", PRESETS);
		model.addAttribute("filter", filter);
		model.addAttribute("team", team);
		model.addAttribute("options", options);
		model.addAttribute("previous", filter.previous());
		model.addAttribute("reportZone", filters.zone().getId());
		model.addAttribute("kpis", kpis);
		model.addAttribute("groups", KpiTable.of(kpis, previous, messages, locale));
		model.addAttribute("series", series);
		model.addAttribute("distribution", trimmed(series.firstResponseDistribution()));
		model.addAttribute("categoryNames", names(options.categories()));
		model.addAttribute("leaderboard", dashboard.leaderboard());
		model.addAttribute("sort", Reports.AgentRow.sortable(sort) ? sort : "-resolved");
		model.addAttribute("query", query(parameters, null));
		model.addAttribute("sortQuery", query(parameters, preset));
		return "reports/dashboard";
	}

	static LocalDate[] presetRange(String preset, LocalDate today) {
		return switch (preset) {
			case "today" -> new LocalDate[] { today, today };
			case "this-month" -> new LocalDate[] { today.withDayOfMonth(1), today };
			case "last-month" -> {
				LocalDate first = today.withDayOfMonth(1).minusMonths(1);
				yield new LocalDate[] { first, first.plusMonths(1).minusDays(1) };
			}
			default -> new LocalDate[] { today.minusDays(6), today };
		};
	}

	/** The buckets up to the last one with a first response in it. */
	private static List<Series.Bucket> trimmed(List<Series.Bucket> buckets) {
		int last = 0;
		for (int i = 0; i < buckets.size(); i++) {
			if (buckets.get(i).cases() > 0) {
				last = i;
			}
		}
		return new ArrayList<>(buckets.subList(0, Math.min(buckets.size(), Math.max(last + 1, 6))));
	}

	private static Map<String, String> names(List<ReportFilters.FilterOptions.Option> options) {
		Map<String, String> names = new LinkedHashMap<>();
		options.forEach(option -> names.put(option.value(), option.label()));
		return names;
	}

	private static String query(Map<String, String> parameters, String preset) {
		UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
		if (preset != null) {
			builder.queryParam("range", preset);
		}
		parameters.forEach((name, value) -> {
			if (value != null && !value.isBlank()) {
				builder.queryParam(name, value);
			}
		});
		String query = builder.encode().build().getQuery();
		return query == null ? "" : query;
	}

}
