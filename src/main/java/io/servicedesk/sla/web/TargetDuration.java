package io.servicedesk.sla.web;

/**
 * A target in business minutes, split into business days, hours and minutes. A business
 * day is the longest opening day of the policy's calendar ({@code dayMinutes}: 600 for
 * Monday to Friday 08:00–18:00).
 */
record TargetDuration(int days, int hours, int minutes) {

	static TargetDuration of(long totalMinutes, int dayMinutes) {
		int days = (int) (totalMinutes / dayMinutes);
		long rest = totalMinutes % dayMinutes;
		return new TargetDuration(days, (int) (rest / 60), (int) (rest % 60));
	}

	static TargetDuration nullSafe(Integer days, Integer hours, Integer minutes) {
		return new TargetDuration(days == null ? 0 : days, hours == null ? 0 : hours, minutes == null ? 0 : minutes);
	}

	long totalMinutes(int dayMinutes) {
		return (long) days * dayMinutes + hours * 60L + minutes;
	}

}
