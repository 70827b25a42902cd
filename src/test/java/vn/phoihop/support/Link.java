package vn.phoihop.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.openqa.selenium.HasCapabilities;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.json.Json;

/**
 * The browser's network link as Chrome DevTools emulates it ({@code Network.emulateNetworkConditions}): online,
 * offline, or a slow 3G-like link. Applied to every page and to every service worker of the browser, each a target of
 * its own: the page's own emulation (what chromedriver's {@code executeCdpCommand} reaches) leaves the service
 * worker's requests on the real link, so a test that went "offline" that way would still be served by the network.
 * Connects to the browser's DevTools endpoint (chromedriver's {@code debuggerAddress}) and auto-attaches to every
 * target, existing and new, each paused until the current conditions are set on it.
 */
public final class Link implements AutoCloseable {

	/** No emulation: the loopback's own speed. */
	public static final Map<String, Object> ONLINE = conditions(false, 0, -1, -1);

	public static final Map<String, Object> OFFLINE = conditions(true, 0, -1, -1);

	/** The slow phone link of issue 25: 300 ms latency, 400 kbit/s down, 150 kbit/s up. */
	public static final Map<String, Object> SLOW = conditions(false, 300, 400_000 / 8, 150_000 / 8);

	private static final Set<String> EMULATED = Set.of("page", "service_worker", "worker", "shared_worker");

	private final Json json = new Json();

	private final WebSocket socket;

	private final AtomicInteger ids = new AtomicInteger();

	private final Map<Integer, CompletableFuture<Map<String, Object>>> pending = new ConcurrentHashMap<>();

	private final Map<String, String> sessions = new ConcurrentHashMap<>();

	private volatile Map<String, Object> current = ONLINE;

	private final AtomicInteger lost = new AtomicInteger();

	private volatile String lostPattern;

	private CompletableFuture<WebSocket> sent;

	private Link(WebSocket.Builder builder, URI uri) {
		this.socket = builder.buildAsync(uri, new Listener()).join();
		this.sent = CompletableFuture.completedFuture(socket);
	}

	private static Map<String, Object> conditions(boolean offline, int latency, int down, int up) {
		Map<String, Object> c = new LinkedHashMap<>();
		c.put("offline", offline);
		c.put("latency", latency);
		c.put("downloadThroughput", down);
		c.put("uploadThroughput", up);
		return c;
	}

	/** The link of the driver's browser, online until told otherwise. */
	@SuppressWarnings("unchecked")
	public static Link of(WebDriver driver) {
		Map<String, Object> options = (Map<String, Object>) ((HasCapabilities) driver).getCapabilities()
			.getCapability("goog:chromeOptions");
		String address = (String) options.get("debuggerAddress");
		HttpClient http = HttpClient.newHttpClient();
		try {
			String version = http.send(HttpRequest.newBuilder(URI.create("http://" + address + "/json/version")).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			Map<String, Object> info = new Json().toType(version, Map.class);
			Link link = new Link(http.newWebSocketBuilder(), URI.create((String) info.get("webSocketDebuggerUrl")));
			link.send(null, "Target.setAutoAttach",
					Map.of("autoAttach", true, "waitForDebuggerOnStart", true, "flatten", true))
				.orTimeout(10, TimeUnit.SECONDS)
				.join();
			return link;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Sets the conditions on every page and worker, now and for those that start later. */
	public void set(Map<String, Object> conditions) {
		current = conditions;
		List<CompletableFuture<Map<String, Object>>> done = sessions.keySet().stream()
			.map(s -> send(s, "Network.emulateNetworkConditions", conditions)).toList();
		done.forEach(f -> f.orTimeout(10, TimeUnit.SECONDS).join());
	}

	public void offline() {
		set(OFFLINE);
	}

	public void online() {
		set(ONLINE);
	}

	/**
	 * The link drops in the middle of the next {@code times} sends matching {@code urlPattern} (DevTools' Fetch
	 * pattern) made by a service worker: each request reaches the server, which does its work, and its answer is lost
	 * on the way back (the connection is reset).
	 */
	public void loseAnswers(String urlPattern, int times) {
		lost.set(times);
		lostPattern = urlPattern;
		sessions.entrySet().stream().filter(e -> "service_worker".equals(e.getValue()))
			.map(e -> interceptAnswers(e.getKey())).toList()
			.forEach(f -> f.orTimeout(10, TimeUnit.SECONDS).join());
	}

	/** How many of the answers to lose are still to come. */
	public int answersStillToLose() {
		return lost.get();
	}

	private CompletableFuture<Map<String, Object>> interceptAnswers(String session) {
		return send(session, "Fetch.enable",
				Map.of("patterns", List.of(Map.of("urlPattern", lostPattern, "requestStage", "Response"))));
	}

	@SuppressWarnings("unchecked")
	private void paused(String session, Map<String, Object> params) {
		Map<String, Object> request = (Map<String, Object>) params.get("request");
		boolean send = request != null && "POST".equals(request.get("method"));
		if (send && params.get("responseStatusCode") != null && lost.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
			send(session, "Fetch.failRequest", Map.of("requestId", params.get("requestId"), "errorReason", "ConnectionReset"));
		}
		else {
			send(session, "Fetch.continueRequest", Map.of("requestId", params.get("requestId")));
		}
	}

	/** The types of the targets the link is applied to (for a test's own checks: a worker is among them). */
	public List<String> targets() {
		return List.copyOf(sessions.values());
	}

	private CompletableFuture<Map<String, Object>> send(String sessionId, String method, Map<String, Object> params) {
		int id = ids.incrementAndGet();
		CompletableFuture<Map<String, Object>> answer = new CompletableFuture<>();
		pending.put(id, answer);
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("id", id);
		message.put("method", method);
		message.put("params", params);
		if (sessionId != null) {
			message.put("sessionId", sessionId);
		}
		String text = json.toJson(message);
		// one message at a time, never waiting here (this also runs on the listener's thread)
		synchronized (this) {
			sent = sent.thenCompose(ws -> ws.sendText(text, true));
		}
		return answer;
	}

	@SuppressWarnings("unchecked")
	private void received(String text) {
		Map<String, Object> message = json.toType(text, Map.class);
		Object id = message.get("id");
		if (id != null) {
			CompletableFuture<Map<String, Object>> answer = pending.remove(((Number) id).intValue());
			if (answer != null) {
				answer.complete(message);
			}
			return;
		}
		Map<String, Object> params = (Map<String, Object>) message.get("params");
		if ("Target.attachedToTarget".equals(message.get("method"))) {
			String session = (String) params.get("sessionId");
			String type = (String) ((Map<String, Object>) params.get("targetInfo")).get("type");
			if (EMULATED.contains(type)) {
				sessions.put(session, type);
				send(session, "Network.enable", Map.of());
				send(session, "Network.emulateNetworkConditions", current);
				if ("service_worker".equals(type) && lost.get() > 0) {
					interceptAnswers(session);
				}
			}
			// a target started paused until told to run: only once its conditions are set
			send(session, "Runtime.runIfWaitingForDebugger", Map.of());
		}
		else if ("Fetch.requestPaused".equals(message.get("method"))) {
			paused((String) message.get("sessionId"), params);
		}
		else if ("Target.detachedFromTarget".equals(message.get("method"))) {
			sessions.remove((String) params.get("sessionId"));
		}
	}

	@Override
	public void close() {
		socket.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(5, TimeUnit.SECONDS).exceptionally(ex -> null).join();
	}

	private final class Listener implements WebSocket.Listener {

		private final StringBuilder text = new StringBuilder();

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			text.append(data);
			if (last) {
				String message = text.toString();
				text.setLength(0);
				received(message);
			}
			webSocket.request(1);
			return null;
		}

	}

}
