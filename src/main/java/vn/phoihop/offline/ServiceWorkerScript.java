package vn.phoihop.offline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.webjars.WebJarVersionLocator;

/**
 * The service worker's script (/sw.js): its settings, written here from what this build serves, followed by its code
 * (classpath {@code offline/sw.js}). The settings are the static files to keep from the start by their current
 * content-hashed URLs ({@code SHELL}), each file's plain path and current URL ({@code LATEST}: a page kept under an
 * earlier version still finds its files), and the forms whose sending goes to the outbox when the link is down
 * ({@code SENDS}). The version is a digest of the whole text, the webjars' versions and {@code app.offline.release}:
 * a build that changes any served file, or the worker, is a new version, which every installed app picks up at its
 * next visit; two instances of the same build serve the same script. Written once per context path.
 */
@Component
class ServiceWorkerScript {

	/** Own static files kept from the start (every page uses them, or a page that works offline does). */
	static final List<String> STATIC = List.of("/css/app.css", "/js/app.js", "/js/offline.js", "/js/outbox.js",
			"/images/favicon.svg", "/images/icon-192.png", "/images/icon-512.png", "/images/icon-maskable-512.png");

	/** The webjar files of every page (Chart.js is kept when a page with a chart first loads it). */
	static final Map<String, String> WEBJARS = Map.of("/webjars/bootstrap/dist/css/bootstrap.min.css", "bootstrap",
			"/webjars/bootstrap/dist/js/bootstrap.bundle.min.js", "bootstrap", "/webjars/htmx.org/dist/htmx.min.js",
			"htmx.org");

	/**
	 * The forms a link that drops does not lose: a new or edited activity (with its photos), the commune's monthly
	 * report, a task's result. Their controllers recognise a form sent twice by its one-time token.
	 */
	static final Map<String, String> SENDS = sends();

	private static Map<String, String> sends() {
		Map<String, String> sends = new LinkedHashMap<>();
		sends.put("activity", "^/activities$");
		sends.put("report", "^/reviews/[^/]+/[^/]+/submissions/[0-9]+$");
		sends.put("task", "^/tasks/[0-9]+/done$");
		return sends;
	}

	private final ResourceUrlProvider urls;

	private final String release;

	private final String code;

	private final Map<String, String> scripts = new ConcurrentHashMap<>();

	ServiceWorkerScript(ResourceUrlProvider mvcResourceUrlProvider, @Value("${app.offline.release:}") String release) {
		this.urls = mvcResourceUrlProvider;
		this.release = release;
		try (InputStream in = new ClassPathResource("offline/sw.js").getInputStream()) {
			this.code = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String script(String contextPath) {
		return scripts.computeIfAbsent(contextPath, this::write);
	}

	/** The script's version (its first line says it too). */
	String version(String contextPath) {
		String script = script(contextPath);
		return script.substring(script.indexOf('\'') + 1, script.indexOf('\'', script.indexOf('\'') + 1));
	}

	private String write(String contextPath) {
		Map<String, String> latest = new LinkedHashMap<>();
		for (String path : STATIC) {
			String current = urls.getForLookupPath(path);
			latest.put(contextPath + path, contextPath + (current == null ? path : current));
		}
		WebJarVersionLocator webjars = new WebJarVersionLocator();
		String webjarVersions = WEBJARS.values().stream().distinct().sorted()
			.map(name -> name + "@" + webjars.version(name)).collect(Collectors.joining(","));
		List<String> shell = new java.util.ArrayList<>(latest.values());
		WEBJARS.keySet().stream().sorted().forEach(w -> shell.add(contextPath + w));
		shell.add(contextPath + OfflineController.OFFLINE);
		shell.add(contextPath + OfflineController.MANIFEST);
		String settings = "var BASE = " + json(contextPath) + ";\n"
				+ "var SHELL = [" + shell.stream().map(ServiceWorkerScript::json).collect(Collectors.joining(", "))
				+ "];\n"
				+ "var LATEST = {" + latest.entrySet().stream().map(e -> json(e.getKey()) + ": " + json(e.getValue()))
					.collect(Collectors.joining(", ")) + "};\n"
				+ "var SENDS = [" + SENDS.entrySet().stream()
					.map(e -> "{ kind: " + json(e.getKey()) + ", path: new RegExp(" + json(e.getValue()) + ") }")
					.collect(Collectors.joining(", ")) + "];\n";
		String version = digest(settings + webjarVersions + release + code);
		return "var VERSION = '" + version + "'; // Phối hợp's service worker (offline.ServiceWorkerScript + offline/sw.js)\n"
				+ settings + code;
	}

	private static String json(String s) {
		return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	private static String digest(String text) {
		try {
			byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(d, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
