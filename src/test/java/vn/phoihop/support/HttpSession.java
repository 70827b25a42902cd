package vn.phoihop.support;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/** A user's browser session over real HTTP (cookies kept, redirects not followed), for tests of a running app. */
public class HttpSession {

	/** What a browser asks for (error pages are HTML for browsers, JSON for other clients). */
	private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient client;

	private String base;

	private JdbcTemplate database;

	public HttpSession(String base) {
		this.base = base;
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	/**
	 * The database of the instance signed in to: needed to sign in a user with two-step sign-in (the demo
	 * administrator and commander), see {@link SecondStep#allowNextCode}.
	 */
	public HttpSession withDatabase(JdbcTemplate database) {
		this.database = database;
		return this;
	}

	/** Points the same cookies at another instance (another port on this machine). */
	public HttpSession to(String newBase) {
		this.base = newBase;
		return this;
	}

	public HttpResponse<String> get(String path) throws Exception {
		return get(path, ACCEPT);
	}

	public HttpResponse<String> get(String path, String accept) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", accept)
			.GET()
			.build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** A file as the browser would download it (attachments, XLSX, PDF). */
	public HttpResponse<byte[]> download(String path) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	public String csrf(String pagePath) throws Exception {
		Matcher m = CSRF.matcher(get(pagePath).body());
		if (!m.find()) {
			throw new AssertionError("no CSRF token on " + pagePath);
		}
		return m.group(1);
	}

	public HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
		String body = form.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return client.send(HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", ACCEPT)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Signs in as a user does: the password, then, when the sign-in asks for it, the code of the authenticator app
	 * set up with {@link SecondStep#DEMO_SECRET}. Returns the last answer (a redirect when signed in).
	 */
	public HttpResponse<String> signIn(String username, String password) throws Exception {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("username", username);
		form.put("password", password);
		form.put("_csrf", csrf("/login"));
		HttpResponse<String> answer = post("/login", form);
		if (!answer.headers().firstValue("Location").orElse("").endsWith("/login/code")) {
			return answer;
		}
		if (database == null) {
			throw new AssertionError(username + " signs in with a code: give this session the instance's database "
					+ "(withDatabase)");
		}
		SecondStep.allowNextCode(database, username);
		return post("/login/code", Map.of("code", SecondStep.code(SecondStep.DEMO_SECRET), "_csrf", csrf("/login/code")));
	}

}
