package vn.phoihop.shared.web;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;

/**
 * The application's message source: the bundles, with the texts some module keeps as rows
 * ({@link MessageOverrides}) in front of them. The module registers itself when it is made, so the message source
 * never reaches into the database before the database is ready.
 */
public final class OverridingMessageSource implements MessageSource {

	/** At most this many texts kept per language: the bundles hold about 3,000 codes. */
	private static final int KEPT = 10_000;

	private final MessageSource bundles;

	/**
	 * The bundles' texts of the codes asked without arguments (most of a page's: every {@code #{…}} of its layout), by
	 * language: the bundles do not change while the application runs, and finding a code went through up to twenty
	 * bundles, a few per cent of a page's rendering (docs/performance.md, change 69). A text kept as a row
	 * ({@link MessageOverrides}) is still looked up first, every time.
	 */
	private final Map<Locale, Map<String, String>> plain = new ConcurrentHashMap<>();

	private volatile MessageOverrides overrides;

	/** Whether the bundles are read once (no {@code spring.messages.cache-duration}): only then are texts kept. */
	private final boolean fixed;

	public OverridingMessageSource(MessageSource bundles, boolean fixed) {
		this.bundles = bundles;
		this.fixed = fixed;
	}

	public void register(MessageOverrides overrides) {
		this.overrides = overrides;
	}

	private String override(String code, Locale locale) {
		MessageOverrides o = overrides;
		return o == null || code == null ? null : o.find(code, locale);
	}

	/** The bundles' text of a code without arguments, kept; {@code null} when no bundle has the code. */
	private String plain(String code, Object[] args, Locale locale) {
		if (!fixed || code == null || locale == null || (args != null && args.length > 0)) {
			return null;
		}
		Map<String, String> texts = plain.computeIfAbsent(locale, l -> new ConcurrentHashMap<>());
		String text = texts.get(code);
		if (text == null) {
			text = bundles.getMessage(code, null, null, locale);
			if (text != null && texts.size() < KEPT) {
				texts.put(code, text);
			}
		}
		return text;
	}

	@Override
	public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
		String text = override(code, locale);
		if (text == null) {
			text = plain(code, args, locale);
		}
		return text != null ? text : bundles.getMessage(code, args, defaultMessage, locale);
	}

	@Override
	public String getMessage(String code, Object[] args, Locale locale) throws NoSuchMessageException {
		String text = override(code, locale);
		if (text == null) {
			text = plain(code, args, locale);
		}
		return text != null ? text : bundles.getMessage(code, args, locale);
	}

	@Override
	public String getMessage(MessageSourceResolvable resolvable, Locale locale) throws NoSuchMessageException {
		String[] codes = resolvable.getCodes();
		if (codes != null) {
			for (String code : codes) {
				String text = override(code, locale);
				if (text != null) {
					return text;
				}
			}
		}
		return bundles.getMessage(resolvable, locale);
	}

}
