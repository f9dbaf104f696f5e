package io.servicedesk.complaint;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code servicedesk.complaints.*}: how long after its resolution a complaint may be
 * reopened, and after how long without an answer from the client a resolved complaint is
 * closed; and for how long the supervisor's summary may be shown again before it is
 * counted anew.
 */
@ConfigurationProperties("servicedesk.complaints")
public record ComplaintProperties(Duration reopenWindow, Duration closeWithoutAnswerAfter, Duration summaryMaxAge) {

	public ComplaintProperties {
		reopenWindow = reopenWindow == null ? Duration.ofDays(30) : reopenWindow;
		closeWithoutAnswerAfter = closeWithoutAnswerAfter == null ? Duration.ofDays(14) : closeWithoutAnswerAfter;
		summaryMaxAge = summaryMaxAge == null ? Duration.ofSeconds(30) : summaryMaxAge;
	}

}
