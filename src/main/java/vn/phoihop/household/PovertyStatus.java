package vn.phoihop.household;

/** A household's poverty classification for a year (hộ nghèo, cận nghèo, không nghèo). */
public enum PovertyStatus {

	POOR, NEAR_POOR, NOT_POOR;

	public boolean isPoorOrNear() {
		return this != NOT_POOR;
	}

	public String messageKey() {
		return "household.poverty." + name();
	}

}
