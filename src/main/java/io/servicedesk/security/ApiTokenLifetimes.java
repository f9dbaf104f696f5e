package io.servicedesk.security;

import java.util.List;
import java.util.stream.LongStream;

/**
 * The validities offered when a token is created: the usual steps up to the maximum, and
 * the maximum itself.
 */
final class ApiTokenLifetimes {

	private static final long[] STEPS = { 7, 30, 90, 180, 365 };

	private ApiTokenLifetimes() {
	}

	static List<Long> upTo(long maxDays) {
		return LongStream.concat(LongStream.of(STEPS).filter(days -> days < maxDays), LongStream.of(maxDays))
			.boxed()
			.toList();
	}

}
