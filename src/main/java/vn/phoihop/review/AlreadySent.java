package vn.phoihop.review;

/**
 * The form's one-time token was used by an earlier sending of the same form (shared.db.FormTokens): the save already
 * happened, nothing is saved again, and the page says so.
 */
class AlreadySent extends RuntimeException {

	AlreadySent() {
		super("already sent", null, false, false);
	}

}
