package vn.phoihop.offline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import vn.phoihop.shared.web.WebConfig;

/**
 * The web app manifest: what a phone shows when the app is installed (its Vietnamese name and short name, the icons
 * in the sizes Android and Chromium ask for, a maskable one for round and squircle launchers), opened at the
 * dashboard, standalone, in the app's green. Always Vietnamese: the browser fetches the manifest without the
 * session's or the language's cookie.
 */
@Component
class WebAppManifest {

	static final String THEME = "#1f4d2b";

	private final MessageSource messages;

	private final ResourceUrlProvider urls;

	WebAppManifest(MessageSource messages, ResourceUrlProvider mvcResourceUrlProvider) {
		this.messages = messages;
		this.urls = mvcResourceUrlProvider;
	}

	Map<String, Object> of(String contextPath) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", contextPath + "/");
		m.put("name", text("offline.manifest.name"));
		m.put("short_name", text("offline.manifest.short"));
		m.put("description", text("offline.manifest.description"));
		m.put("lang", "vi");
		m.put("dir", "ltr");
		m.put("start_url", contextPath + "/");
		m.put("scope", contextPath + "/");
		m.put("display", "standalone");
		m.put("orientation", "any");
		m.put("theme_color", THEME);
		m.put("background_color", "#ffffff");
		m.put("icons", List.of(icon(contextPath, "/images/icon-192.png", "192x192", "any"),
				icon(contextPath, "/images/icon-512.png", "512x512", "any"),
				icon(contextPath, "/images/icon-maskable-512.png", "512x512", "maskable")));
		return m;
	}

	private Map<String, String> icon(String contextPath, String path, String sizes, String purpose) {
		String current = urls.getForLookupPath(path);
		return Map.of("src", contextPath + (current == null ? path : current), "sizes", sizes, "type", "image/png",
				"purpose", purpose);
	}

	private String text(String key) {
		return messages.getMessage(key, null, WebConfig.VIETNAMESE);
	}

}
