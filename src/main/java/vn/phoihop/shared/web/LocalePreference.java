package vn.phoihop.shared.web;

import java.util.Locale;

/** Remembers a signed-in user's chosen language (implemented by the account module). */
public interface LocalePreference {

	void remember(String username, Locale locale);

}
