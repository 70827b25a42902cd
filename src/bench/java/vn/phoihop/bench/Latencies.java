package vn.phoihop.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The month-end client's measurements: every request's time by kind of request, and the requests that failed (an
 * unexpected status, a form sent back with an error, a timeout). Percentiles by nearest rank over all the requests,
 * as wrk reports them for the reads.
 */
final class Latencies {

	/** One kind of request: its times in milliseconds and its failures. */
	static final class Kind {

		private final List<Double> millis = new ArrayList<>();

		private final AtomicInteger errors = new AtomicInteger();

		synchronized void add(double ms) {
			millis.add(ms);
		}

		void failed() {
			errors.incrementAndGet();
		}

		synchronized double[] sorted() {
			double[] v = millis.stream().mapToDouble(Double::doubleValue).toArray();
			Arrays.sort(v);
			return v;
		}

		int errors() {
			return errors.get();
		}

	}

	private final Map<String, Kind> kinds = new LinkedHashMap<>();

	/** Declares the kinds in the order the table prints them. */
	Latencies(List<String> order) {
		order.forEach(k -> kinds.put(k, new Kind()));
	}

	Kind of(String kind) {
		return kinds.get(kind);
	}

	static double percentile(double[] sorted, double p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(p / 100 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	/** The table's lines: the kinds, then the given kinds together as {@code allLabel}. */
	List<String> table(double seconds, List<String> together, String allLabel) {
		List<String> lines = new ArrayList<>();
		lines.add(String.format(Locale.ROOT, "%-40s %6s %8s %8s %8s %8s %7s", "request", "n", "req/s", "p50 ms",
				"p95 ms", "p99 ms", "errors"));
		List<Double> all = new ArrayList<>();
		int allErrors = 0;
		for (Map.Entry<String, Kind> e : kinds.entrySet()) {
			double[] v = e.getValue().sorted();
			lines.add(line(e.getKey(), v, e.getValue().errors(), seconds));
			if (together.contains(e.getKey())) {
				Arrays.stream(v).forEach(all::add);
				allErrors += e.getValue().errors();
			}
		}
		double[] v = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		lines.add(line(allLabel, v, allErrors, seconds));
		return lines;
	}

	/** The p95 of the given kinds together. */
	double p95(List<String> together) {
		return percentile(together.stream()
			.flatMapToDouble(k -> Arrays.stream(kinds.get(k).sorted()))
			.sorted()
			.toArray(), 95);
	}

	int errors() {
		return kinds.values().stream().mapToInt(Kind::errors).sum();
	}

	private static String line(String label, double[] v, int errors, double seconds) {
		return String.format(Locale.ROOT, "%-40s %6d %8.1f %8.1f %8.1f %8.1f %7d", label, v.length, v.length / seconds,
				percentile(v, 50), percentile(v, 95), percentile(v, 99), errors);
	}

}
