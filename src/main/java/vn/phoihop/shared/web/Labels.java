package vn.phoihop.shared.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/**
 * Message texts without arguments for one request, each key looked up once: a list's rows repeat a few labels (types,
 * statuses) many times (docs/performance.md, "Labels once per request"). The key itself stands for a missing message.
 */
public final class Labels {

	private final MessageSource messages;

	private final Locale locale;

	private final Map<String, String> texts = new HashMap<>();

	public Labels(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	public String get(String key) {
		return texts.computeIfAbsent(key, k -> messages.getMessage(k, null, k, locale));
	}

}
