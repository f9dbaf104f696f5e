package io.servicedesk.reporting;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code servicedesk.reports.*}: the time zone whose calendar days the reports count in,
 * and the longest range of days one report may cover.
 */
@ConfigurationProperties("servicedesk.reports")
public record ReportingProperties(ZoneId zone, Integer maxRangeDays) {

	public ReportingProperties {
		zone = zone == null ? ZoneId.of("Europe/Warsaw") : zone;
		maxRangeDays = maxRangeDays == null ? 1100 : maxRangeDays;
	}

}
