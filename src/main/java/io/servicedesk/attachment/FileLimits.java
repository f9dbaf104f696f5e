package io.servicedesk.attachment;

/**
 * The limits a file picker states and checks in the browser: bytes for the check, whole
 * megabytes for the sentence beside the picker.
 */
public record FileLimits(long maxFile, long maxTotal) {

	private static final long MEGABYTE = 1024 * 1024;

	public long maxFileMegabytes() {
		return maxFile / MEGABYTE;
	}

	public long maxTotalMegabytes() {
		return maxTotal / MEGABYTE;
	}

}
