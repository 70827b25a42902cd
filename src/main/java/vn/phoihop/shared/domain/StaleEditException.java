package vn.phoihop.shared.domain;

/** The record was changed by someone else since the form was opened. */
public class StaleEditException extends RuntimeException {

	public StaleEditException() {
		super("stale edit");
	}

}
