package io.servicedesk.dataset;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.boot.ApplicationArguments;

/**
 * What the command is asked for: {@code --scale} (1 is the full reference dataset, 0.01
 * one per cent of it), {@code --seed} for the pseudo-randomness, {@code --as-of} the day
 * the data leads up to (today by default) and {@code --staff-password} shared by every
 * generated staff member.
 */
record DatasetOptions(double scale, long seed, LocalDate asOf, String staffPassword) {

	static final String DEFAULT_STAFF_PASSWORD = "reference-dataset";

	DatasetOptions {
		if (!(scale > 0) || scale > 10) {
			throw new IllegalArgumentException("--scale must be above 0 and at most 10, was " + scale);
		}
		if (staffPassword == null || staffPassword.isBlank()) {
			throw new IllegalArgumentException("--staff-password must not be empty");
		}
	}

	static DatasetOptions from(ApplicationArguments args) {
		return new DatasetOptions(Double.parseDouble(option(args, "scale", "1")),
				Long.parseLong(option(args, "seed", "42")),
				LocalDate.parse(option(args, "as-of", LocalDate.now(ZoneOffset.UTC).toString())),
				option(args, "staff-password", DEFAULT_STAFF_PASSWORD));
	}

	private static String option(ApplicationArguments args, String name, String fallback) {
		List<String> values = args.getOptionValues(name);
		return values == null || values.isEmpty() ? fallback : values.get(values.size() - 1);
	}

}
