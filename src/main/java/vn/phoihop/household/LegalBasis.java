package vn.phoihop.household;

/**
 * Why a household's personal data is processed (Law 91/2025/QH15, docs/privacy.md §1): a public task of the post and
 * the commune under the law, or the household's consent (with the day it was given and how).
 */
public enum LegalBasis {

	PUBLIC_TASK, CONSENT;

	public String messageKey() {
		return "household.legalBasis." + name();
	}

}
