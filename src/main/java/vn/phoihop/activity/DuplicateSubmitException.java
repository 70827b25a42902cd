package vn.phoihop.activity;

/** The same one-time form token was submitted again (a double click): the first submit's record id, if known. */
class DuplicateSubmitException extends RuntimeException {

	private final Long existingId;

	DuplicateSubmitException(Long existingId) {
		super("duplicate submit");
		this.existingId = existingId;
	}

	Long existingId() {
		return existingId;
	}

}
