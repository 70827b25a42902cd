package vn.phoihop.shared.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;

/**
 * The application's message source: the bundles, with the texts some module keeps as rows
 * ({@link MessageOverrides}) in front of them. The module registers itself when it is made, so the message source
 * never reaches into the database before the database is ready.
 */
public final class OverridingMessageSource implements MessageSource {

	private final MessageSource bundles;

	private volatile MessageOverrides overrides;

	public OverridingMessageSource(MessageSource bundles) {
		this.bundles = bundles;
	}

	public void register(MessageOverrides overrides) {
		this.overrides = overrides;
	}

	private String override(String code, Locale locale) {
		MessageOverrides o = overrides;
		return o == null || code == null ? null : o.find(code, locale);
	}

	@Override
	public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
		String text = override(code, locale);
		return text != null ? text : bundles.getMessage(code, args, defaultMessage, locale);
	}

	@Override
	public String getMessage(String code, Object[] args, Locale locale) throws NoSuchMessageException {
		String text = override(code, locale);
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
