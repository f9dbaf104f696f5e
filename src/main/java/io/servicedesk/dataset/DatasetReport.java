package io.servicedesk.dataset;

import java.time.Duration;
import java.util.Map;

/**
 * What a run did: the time of each step (in order) and of the whole run, and the rows of
 * each table afterwards.
 */
record DatasetReport(Map<String, Duration> stepTimes, Duration total, Map<String, Long> rowCounts) {
}
