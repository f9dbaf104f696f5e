package io.servicedesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Prints one line per request type of a Gatling report: requests per second, p50, p95, p99 and errors, read from
 * the statistics table of the report's {@code index.html} (the percentiles configured in {@code gatling.conf}: 50,
 * 95, 99, 99.9). Arguments: the report folder (default: the newest under {@code target/gatling}) and a label.
 */
public final class BenchmarkSummary {

	private static final Pattern ROW = Pattern.compile("<tr id=\"(ROOT|req_[^\"]+)\"(.*?)</tr>", Pattern.DOTALL);

	private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)<");

	private static final Pattern CELL = Pattern.compile("<td class=\"value [^\"]*col-(\\d+)\">([^<]*)<");

	private BenchmarkSummary() {
	}

	public static void main(String[] args) throws IOException {
		Path report = args.length > 0 ? Path.of(args[0]) : newest(Path.of("target/gatling"));
		String html = Files.readString(report.resolve("index.html"), StandardCharsets.UTF_8);
		System.out.println();
		System.out.println("Summary of " + (args.length > 1 ? args[1] : report.getFileName()) + " (" + report + ")");
		System.out.printf("%-34s %8s %8s %8s %8s %8s %7s%n", "request", "req/s", "p50 ms", "p95 ms", "p99 ms", "count",
				"errors");
		Matcher row = ROW.matcher(html);
		String all = null;
		while (row.find()) {
			Matcher name = NAME.matcher(row.group(2));
			Map<Integer, String> cells = new HashMap<>();
			Matcher cell = CELL.matcher(row.group(2));
			while (cell.find()) {
				cells.put(Integer.parseInt(cell.group(1)), cell.group(2).trim());
			}
			String line = "%-34s %8s %8s %8s %8s %8s %7s".formatted(
					row.group(1).equals("ROOT") ? "all requests" : name.find() ? unescape(name.group(1)) : "?",
					cells.get(6), cells.get(8), cells.get(9), cells.get(10), cells.get(2), cells.get(4));
			if (row.group(1).equals("ROOT")) {
				all = line;
			}
			else {
				System.out.println(line);
			}
		}
		if (all == null) {
			throw new IllegalStateException("No statistics table in " + report.resolve("index.html"));
		}
		System.out.println(all);
	}

	private static String unescape(String html) {
		return html.replace("&deg;", "°").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
	}

	private static Path newest(Path reports) throws IOException {
		try (Stream<Path> runs = Files.list(reports)) {
			return runs.filter(run -> Files.isRegularFile(run.resolve("index.html")))
				.max(Comparator.comparing(run -> run.toFile().lastModified()))
				.orElseThrow(() -> new IllegalStateException("No Gatling report under " + reports));
		}
	}

}
