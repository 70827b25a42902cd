package vn.phoihop.shared.web;

import java.util.Locale;

/**
 * Texts that a module keeps in the database instead of the bundles (the reference data, docs/architecture.md
 * "Reference data as rows"): {@link OverridingMessageSource} asks it first, so a template's
 * {@code #{${type.labelKey()}}}, a validation message and an export read the administered label.
 */
public interface MessageOverrides {

	/** The text of this message key in this locale, or null when the key is not one of these texts. */
	String find(String code, Locale locale);

}
