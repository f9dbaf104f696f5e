package io.servicedesk.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.catalogue.CategoryCatalogue;
import io.servicedesk.catalogue.CategoryKind;
import io.servicedesk.catalogue.CategoryView;
import io.servicedesk.reporting.ReportRequestException.FieldProblem;
import io.servicedesk.shared.Priority;
import io.servicedesk.shared.StaffTimeZone;
import io.servicedesk.staff.StaffService;
import io.servicedesk.staff.SupportedLanguage;
import io.servicedesk.staff.TeamDirectory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The filters of the reports: reads a {@link ReportQuery} into a {@link ReportFilter},
 * checking the team, agent and category against their modules, and lists what the filter
 * form offers.
 */
@Service
public class ReportFilters {

	private final ReportingProperties properties;

	private final Clock clock;

	private final TeamDirectory teams;

	private final StaffService staff;

	private final CategoryCatalogue categories;

	private final StaffTimeZone times;

	ReportFilters(ReportingProperties properties, Clock clock, TeamDirectory teams, StaffService staff,
			CategoryCatalogue categories, StaffTimeZone times) {
		this.times = times;
		this.properties = properties;
		this.clock = clock;
		this.teams = teams;
		this.staff = staff;
		this.categories = categories;
	}

	/**
	 * Today where the staff member is (the desk's zone outside a request): the presets
	 * and the default range are their days.
	 */
	public LocalDate today() {
		return times.today(clock);
	}

	/** The time zone whose calendar days the figures are counted in. */
	public ZoneId zone() {
		return properties.zone();
	}

	/**
	 * The filter of these parameters: the last 30 days when both dates are missing, the
	 * team by name in any case, the agent by username. Every problem is reported at once.
	 */
	@Transactional(readOnly = true)
	public ReportFilter filter(ReportQuery query) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate today = today();
		LocalDate end = date("to", query.to(), problems);
		LocalDate start = date("from", query.from(), problems);
		if (blank(query.to())) {
			end = blank(query.from()) || start == null ? today : (start.isAfter(today) ? start : today);
		}
		if (blank(query.from()) && end != null) {
			start = end.minusDays(29);
		}
		if (start != null && end != null) {
			if (start.isAfter(end)) {
				problems.add(new FieldProblem("from", query.from(), "reports.error.from-after-to"));
			}
			else if (ChronoUnit.DAYS.between(start, end) + 1 > properties.maxRangeDays()) {
				problems.add(new FieldProblem("to", query.to(), "reports.error.range-too-long",
						String.valueOf(properties.maxRangeDays())));
			}
		}
		Long teamId = null;
		if (!blank(query.team())) {
			teamId = teams.findTeamIdIgnoringCase(query.team()).orElse(null);
			if (teamId == null) {
				problems.add(new FieldProblem("team", query.team(), "reports.error.unknown-team"));
			}
		}
		String agentName = blank(query.agent()) ? null : query.agent().strip().toLowerCase(Locale.ROOT);
		if (agentName != null && staff.findProfile(agentName).isEmpty()) {
			problems.add(new FieldProblem("agent", query.agent(), "reports.error.unknown-agent"));
		}
		String channelName = name("channel", query.channel(), CaseChannel.values(), problems);
		String priorityName = name("priority", query.priority(), Priority.values(), problems);
		String categoryCode = blank(query.category()) ? null : query.category().strip();
		if (categoryCode != null && categories.findByCode(categoryCode).isEmpty()) {
			problems.add(new FieldProblem("category", query.category(), "reports.error.unknown-category"));
		}
		if (!problems.isEmpty()) {
			throw new ReportRequestException(problems);
		}
		return new ReportFilter(start, end, teamId, agentName, channelName, categoryCode, priorityName);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static LocalDate date(String field, String value, List<FieldProblem> problems) {
		if (blank(value)) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(field, value, "reports.error.date"));
			return null;
		}
	}

	private static String name(String field, String value, Enum<?>[] values, List<FieldProblem> problems) {
		if (blank(value)) {
			return null;
		}
		for (Enum<?> candidate : values) {
			if (candidate.name().equalsIgnoreCase(value.strip())) {
				return candidate.name();
			}
		}
		problems.add(new FieldProblem(field, value, "reports.error.unknown-" + field));
		return null;
	}

	/**
	 * What the filters of the page offer: the teams that are not archived, the active
	 * staff, every category (complaint ones first, as their cases may still be in the
	 * range) by its name in the page's language, the channels and the priorities.
	 */
	@Transactional(readOnly = true)
	public FilterOptions options(Locale locale) {
		SupportedLanguage language = SupportedLanguage.fromTag(locale == null ? "en" : locale.getLanguage())
			.orElse(SupportedLanguage.EN);
		List<FilterOptions.Option> teamOptions = teams.activeTeamNames()
			.stream()
			.map(name -> new FilterOptions.Option(name, name))
			.toList();
		List<FilterOptions.Option> agents = staff.activeStaff()
			.stream()
			.map(member -> new FilterOptions.Option(member.username(), member.displayName()))
			.toList();
		List<FilterOptions.Option> categoryOptions = Stream.of(CategoryKind.COMPLAINT, CategoryKind.INQUIRY)
			.flatMap(kind -> categories.all(kind)
				.stream()
				.sorted(Comparator.comparing((CategoryView category) -> category.name(language),
						String.CASE_INSENSITIVE_ORDER)))
			.map(category -> new FilterOptions.Option(category.code(), category.name(language)))
			.toList();
		return new FilterOptions(teamOptions, agents, categoryOptions,
				Arrays.stream(CaseChannel.values()).map(Enum::name).toList(),
				Arrays.stream(Priority.values()).map(Enum::name).toList());
	}

	/** The choices of the filter form. */
	public record FilterOptions(List<Option> teams, List<Option> agents, List<Option> categories, List<String> channels,
			List<String> priorities) {

		public record Option(String value, String label) {
		}

	}

}
