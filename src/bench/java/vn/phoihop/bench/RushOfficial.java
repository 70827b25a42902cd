package vn.phoihop.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One commune official at month's end ({@link MonthEndRush}): signs in, logs activities one after another through
 * the new-activity form (its one-time token and proposals taken from the form as the browser would), patrols and
 * inspections with participants by force, some with a photo, follows each save to the activity's page, then sends the
 * commune's report of the month through its form. Between opening a form and sending it the official types for a
 * while (think time). Every request is timed into {@link Latencies}; what was sent is added to {@link RushLedger}.
 */
final class RushOfficial implements Runnable {

	static final String SIGN_IN = "sign in (POST /login)";

	static final String FORM = "new-activity form (GET)";

	static final String SAVE = "activity save (POST)";

	static final String SAVE_PHOTO = "activity save with a photo (POST)";

	static final String AFTER_SAVE = "activity page after the save (GET)";

	static final String REPORT_FORM = "month's report form (GET)";

	static final String REPORT_SEND = "month's report sent (POST)";

	static final List<String> KINDS = List.of(SIGN_IN, FORM, SAVE, SAVE_PHOTO, AFTER_SAVE, REPORT_FORM, REPORT_SEND);

	/** The writes the budget is for. */
	static final List<String> WRITES = List.of(SAVE, SAVE_PHOTO, REPORT_SEND);

	private static final String[] TYPES = { "PATROL", "INSPECTION", "OUTREACH", "PATROL", "MEETING" };

	private static final Pattern SAVED = Pattern.compile("^/activities/(\\d+)$");

	/** The official's commune and the post whose review of the month takes its report. */
	record Commune(long id, String code, String postCode) {
	}

	private final RushSettings settings;

	private final Commune commune;

	private final Latencies latencies;

	private final RushLedger ledger;

	private final CountDownLatch start;

	private final HttpClient http;

	RushOfficial(RushSettings settings, Commune commune, Latencies latencies, RushLedger ledger, CountDownLatch start) {
		this.settings = settings;
		this.commune = commune;
		this.latencies = latencies;
		this.ledger = ledger;
		this.start = start;
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	@Override
	public void run() {
		try {
			start.await();
			if (!signIn()) {
				return;
			}
			for (int i = 1; i <= settings.activities(); i++) {
				logActivity(i);
			}
			sendReport();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private boolean signIn() throws InterruptedException {
		Response login = send(null, get("/login"));
		HtmlForm form = login == null ? null : HtmlForm.of(login.body, "login-form");
		String csrf = form == null ? csrfOf(login) : form.get("_csrf");
		Response r = send(latencies.of(SIGN_IN), post("/login", urlEncoded(List.of(Map.entry("username",
				"xa." + commune.code().toLowerCase()), Map.entry("password", settings.password()),
				Map.entry("_csrf", csrf == null ? "" : csrf)))));
		if (r == null || r.status != 302 || r.location.contains("error")) {
			fail(SIGN_IN, r);
			return false;
		}
		return true;
	}

	private void logActivity(int i) throws InterruptedException {
		String type = TYPES[(i - 1) % TYPES.length];
		Response page = send(latencies.of(FORM), get("/activities/new?type=" + type));
		HtmlForm form = page == null || page.status != 200 ? null : HtmlForm.of(page.body, "activity-form");
		if (form == null || form.choicesOf("villageIds").isEmpty()) {
			fail(FORM, page);
			return;
		}
		String title = RushLedger.title(settings.runId(), commune.code(), i, type);
		LocalDate today = LocalDate.now();
		LocalDate day = today.withDayOfMonth(1 + Math.floorMod(commune.code().hashCode() + i, today.getDayOfMonth()));
		List<String> villages = form.choicesOf("villageIds");
		form.set("title", title)
			.set("description", "Ghi nhận cuối tháng (benchmark " + settings.runId() + ")")
			.set("activityDate", settings.dateText(day))
			.set("villageIds", villages.get(i % villages.size()))
			.set("action", "submit");
		int[] forces = new int[5];
		if (type.equals("PATROL") || type.equals("INSPECTION")) {
			int seed = Math.floorMod((commune.code() + i).hashCode(), 1000);
			forces = new int[] { 2 + seed % 5, 1 + seed % 4, seed % 3, 1 + seed % 7, seed % 2 };
			form.set("borderGuard", String.valueOf(forces[0]))
				.set("militia", String.valueOf(forces[1]))
				.set("police", String.valueOf(forces[2]))
				.set("resident", String.valueOf(forces[3]))
				.set("otherForce", String.valueOf(forces[4]));
		}
		if (type.equals("OUTREACH")) {
			form.set("attendeeCount", String.valueOf(20 + i));
		}
		think(); // filling in the form
		boolean photo = settings.photoEvery() > 0 && i % settings.photoEvery() == 0;
		Multipart body = new Multipart(form.fields(), photo ? "anh-" + i + ".jpg" : "", photo ? settings.photo() : new byte[0]);
		String kind = photo ? SAVE_PHOTO : SAVE;
		ledger.sent(title, forces, photo ? 1 : 0);
		Response r = send(latencies.of(kind), HttpRequest.newBuilder(settings.uri("/activities"))
			.header("Content-Type", "multipart/form-data; boundary=" + body.boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
		Matcher saved = r == null ? null : SAVED.matcher(r.location);
		if (r == null || r.status != 302 || !saved.matches()) {
			fail(kind, r);
			return;
		}
		ledger.saved(title, Long.parseLong(saved.group(1)));
		Response after = send(latencies.of(AFTER_SAVE), get(r.location));
		if (after == null || after.status != 200) {
			fail(AFTER_SAVE, after);
		}
	}

	private void sendReport() throws InterruptedException {
		String path = "/reviews/" + commune.postCode() + "/" + YearMonth.now() + "/submissions/" + commune.id();
		Response page = send(latencies.of(REPORT_FORM), get(path));
		HtmlForm form = page == null || page.status != 200 ? null : HtmlForm.of(page.body, "submission-form");
		if (form == null) {
			fail(REPORT_FORM, page);
			return;
		}
		think(); // writing the report
		String narrative = RushLedger.narrative(settings.runId(), commune.code());
		form.set("narrative", narrative).set("action", "submit");
		ledger.reportSent(commune.id());
		Response r = send(latencies.of(REPORT_SEND), post(path, urlEncoded(form.fields())));
		if (r == null || r.status != 302 || !r.location.equals(path)) {
			fail(REPORT_SEND, r);
			return;
		}
		ledger.reportSaved(commune.id());
		send(null, get(path));
	}

	// ---- HTTP

	/** An answer: status, the redirect's path (empty when none) and the body. */
	private record Response(int status, String location, String body) {
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(settings.uri(path)).GET();
	}

	private HttpRequest.Builder post(String path, String form) {
		return HttpRequest.newBuilder(settings.uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
	}

	/** Sends and times the request; {@code null} when it got no answer (counted as an error of its kind). */
	private Response send(Latencies.Kind kind, HttpRequest.Builder request) {
		long t0 = System.nanoTime();
		try {
			HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(10)).header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			if (kind != null) {
				kind.add((System.nanoTime() - t0) / 1e6);
			}
			String location = r.headers().firstValue("Location").map(l -> URI.create(l).getPath()).orElse("");
			return new Response(r.statusCode(), location, r.body());
		}
		catch (IOException ex) {
			if (kind != null) {
				kind.add((System.nanoTime() - t0) / 1e6);
			}
			ledger.problem(commune.code() + ": " + ex);
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	private void fail(String kind, Response r) {
		latencies.of(kind).failed();
		ledger.problem(commune.code() + " " + kind + ": " + (r == null ? "no answer"
				: r.status + (r.location.isEmpty() ? "" : " -> " + r.location) + problemIn(r.body)));
	}

	/** The first error message a form sent back shows, to say why in the report. */
	private static String problemIn(String body) {
		Matcher m = Pattern.compile("class=\"invalid-feedback[^\"]*\"[^>]*>([^<]+)<").matcher(body == null ? "" : body);
		return m.find() ? " (" + m.group(1).strip() + ")" : "";
	}

	private static String csrfOf(Response r) {
		Matcher m = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(r == null ? "" : r.body);
		return m.find() ? m.group(1) : null;
	}

	private static String urlEncoded(List<Map.Entry<String, String>> fields) {
		return fields.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private void think() throws InterruptedException {
		long ms = settings.thinkMillis();
		if (ms > 0) {
			Thread.sleep(ThreadLocalRandom.current().nextLong(ms / 2, ms + ms / 2 + 1));
		}
	}

	/** A multipart/form-data body as a browser sends the activity form: the fields, then the photos' file part. */
	private static final class Multipart {

		final String boundary = "----rush" + Long.toHexString(ThreadLocalRandom.current().nextLong());

		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		Multipart(List<Map.Entry<String, String>> fields, String filename, byte[] file) {
			for (Map.Entry<String, String> f : fields) {
				text("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
						+ f.getValue() + "\r\n");
			}
			// a browser sends the file input even when no file was chosen: an empty part with an empty name
			text("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"" + filename
					+ "\"\r\nContent-Type: " + (file.length > 0 ? "image/jpeg" : "application/octet-stream") + "\r\n\r\n");
			out.writeBytes(file);
			text("\r\n--" + boundary + "--\r\n");
		}

		private void text(String s) {
			out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
		}

		byte[] bytes() {
			return out.toByteArray();
		}

	}

}
