package io.servicedesk.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import io.servicedesk.shared.StaffTimeZone;
import io.servicedesk.staff.StaffService;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Times as a staff member reads them, in the templates as {@code @times}: in the zone
 * they chose on their profile, otherwise in the desk's calendar zone (that of the first
 * business calendar). The person's choice is looked up once a session and kept in it; the
 * desk's zone once a minute.
 */
@Component("times")
class StaffTimes implements StaffTimeZone {

	/** How long a person's choice is taken as known before it is read again. */
	private static final Duration KEPT = Duration.ofMinutes(1);

	/** More people than a desk has at once: the known choices are then forgotten. */
	private static final int MOST_KEPT = 10_000;

	private static final String REQUEST_ZONE = StaffTimes.class.getName() + ".request-zone";

	private static final Duration DESK_ZONE_KEPT = Duration.ofMinutes(1);

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private static final java.util.List<String> ZONES = ZoneId.getAvailableZoneIds()
		.stream()
		.filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
		.sorted()
		.toList();

	private final StaffService staff;

	private final BusinessHoursRepository calendars;

	private final Clock clock;

	/** Each person's choice as read last, and when. */
	private record Chosen(java.util.Optional<ZoneId> zone, Instant at) {
	}

	private final java.util.Map<String, Chosen> chosen = new java.util.concurrent.ConcurrentHashMap<>();

	private volatile ZoneId deskZone;

	private volatile Instant deskZoneUntil = Instant.MIN;

	StaffTimes(StaffService staff, BusinessHoursRepository calendars, Clock clock) {
		this.staff = staff;
		this.calendars = calendars;
		this.clock = clock;
	}

	@Override
	public ZoneId zone() {
		HttpServletRequest request = request();
		if (request == null) {
			return deskZone();
		}
		if (request.getAttribute(REQUEST_ZONE) instanceof ZoneId known) {
			return known;
		}
		ZoneId zone;
		try {
			zone = ownZone(request).orElseGet(this::deskZone);
		}
		catch (DataAccessException | TransactionException unreachable) {
			// the database is out of reach (an error page is being shown): the zone known
			// last
			zone = deskZone == null ? ZoneOffset.UTC : deskZone;
		}
		request.setAttribute(REQUEST_ZONE, zone);
		return zone;
	}

	@Override
	public ZoneId deskZone() {
		Instant now = clock.instant();
		if (deskZone == null || now.isAfter(deskZoneUntil)) {
			try {
				deskZone = calendars.findAll()
					.stream()
					.min(Comparator.comparing(BusinessHours::getId))
					.map(BusinessHours::zone)
					.orElse(ZoneOffset.UTC);
				deskZoneUntil = now.plus(DESK_ZONE_KEPT);
			}
			catch (DataAccessException | TransactionException unreachable) {
				return deskZone == null ? ZoneOffset.UTC : deskZone;
			}
		}
		return deskZone;
	}

	@Override
	public void changed(ZoneId zone) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getName() != null) {
			chosen.put(authentication.getName(), new Chosen(java.util.Optional.ofNullable(zone), clock.instant()));
		}
		HttpServletRequest request = request();
		if (request != null) {
			request.removeAttribute(REQUEST_ZONE);
		}
	}

	/** Date and time to the minute, such as {@code 2026-12-04 17:50}. */
	public String minute(Instant instant) {
		return instant == null ? "" : MINUTE.format(instant.atZone(zone()));
	}

	/** Date and time to the second. */
	public String second(Instant instant) {
		return instant == null ? "" : SECOND.format(instant.atZone(zone()));
	}

	/** The day of an instant, such as {@code 2026-12-04}. */
	public String date(Instant instant) {
		return instant == null ? "" : DATE.format(instant.atZone(zone()));
	}

	/**
	 * The day something is due by: a deadline at midnight is the end of the day before (a
	 * date picked as "due 4 December" is due by the end of that day).
	 */
	public String dueDate(Instant instant) {
		return instant == null ? "" : DATE.format(instant.minusNanos(1).atZone(zone()));
	}

	/** The day picked by default for a deadline this many days from today. */
	public LocalDate daysFromToday(int days) {
		return today(clock).plusDays(days);
	}

	/** A date-time picker's value for an instant, such as {@code 2026-12-04T17:50}. */
	public String pickerValue(Instant instant) {
		return instant == null ? "" : instant.atZone(zone()).toLocalDateTime().withSecond(0).withNano(0).toString();
	}

	/**
	 * The zone as a person names it, with its offset now: {@code Europe/Warsaw (CET)}.
	 */
	public String zoneLabel() {
		ZoneId zone = zone();
		Locale locale = LocaleContextHolder.getLocale();
		return zone.getId() + " (" + zone.getDisplayName(TextStyle.SHORT, locale) + ")";
	}

	/** The short name of the zone at an instant, for a time that must say its zone. */
	public String zoneAt(Instant instant) {
		return instant == null ? ""
				: DateTimeFormatter.ofPattern("zzz", LocaleContextHolder.getLocale()).format(instant.atZone(zone()));
	}

	/** The zone the person chose ({@code ""}: the desk's), for the profile's form. */
	public String chosenZone() {
		HttpServletRequest request = request();
		return request == null ? "" : ownZone(request).map(ZoneId::getId).orElse("");
	}

	/** The zones a person may choose: the regions' zones, in alphabetical order. */
	public java.util.List<String> zones() {
		return ZONES;
	}

	private java.util.Optional<ZoneId> ownZone(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null
				|| "anonymousUser".equals(authentication.getName())) {
			return java.util.Optional.empty();
		}
		Instant now = clock.instant();
		Chosen known = chosen.get(authentication.getName());
		if (known != null && now.isBefore(known.at().plus(KEPT))) {
			return known.zone();
		}
		java.util.Optional<ZoneId> own = staff.timeZone(authentication.getName());
		if (chosen.size() > MOST_KEPT) {
			chosen.clear();
		}
		chosen.put(authentication.getName(), new Chosen(own, now));
		return own;
	}

	private static HttpServletRequest request() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
	}

}
