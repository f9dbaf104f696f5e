package io.servicedesk.sla.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Shows a target in business minutes as days, hours and minutes in templates
 * ({@code @slaDurations}).
 */
@Component("slaDurations")
class SlaDurations {

	private final MessageSource messages;

	SlaDurations(MessageSource messages) {
		this.messages = messages;
	}

	public String format(long minutes, int businessDayMinutes) {
		TargetDuration duration = TargetDuration.of(minutes, businessDayMinutes);
		List<String> parts = new ArrayList<>();
		if (duration.days() > 0) {
			parts.add(message("sla.duration.days", duration.days()));
		}
		if (duration.hours() > 0) {
			parts.add(message("sla.duration.hours", duration.hours()));
		}
		if (duration.minutes() > 0 || parts.isEmpty()) {
			parts.add(message("sla.duration.minutes", duration.minutes()));
		}
		return String.join(" ", parts);
	}

	/** The length of a business day, in hours and minutes. */
	public String dayLength(int minutes) {
		return format(minutes, Integer.MAX_VALUE);
	}

	private String message(String key, int value) {
		return messages.getMessage(key, new Object[] { value }, LocaleContextHolder.getLocale());
	}

}
