package vn.phoihop.reference;

import java.util.Locale;

/**
 * One row of reference data. The flags and the usual area are an activity type's (false and null for the other
 * kinds): which of the form's type-specific fields it has, and the content area the form proposes for it.
 */
public record ReferenceValue(ReferenceKind kind, long id, String code, String labelVi, String labelEn, int sortOrder,
		boolean active, boolean hasAttendees, boolean hasParticipants, boolean hasHouseholds, String usualArea) {

	/** The label in the reader's language: English for English, Vietnamese otherwise (docs/design.md §9). */
	public String label(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? labelEn : labelVi;
	}

}
