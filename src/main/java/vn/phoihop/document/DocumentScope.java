package vn.phoihop.document;

import java.util.Map;

import vn.phoihop.shared.security.CurrentUser;

/**
 * Whose documents a user may see and who may cancel a number: the module that knows the units answers (the review
 * module, which decides who reads a post's conclusions), so the register does not depend on it.
 */
public interface DocumentScope {

	/** The posts whose documents the user may read, by id, with their names; empty for none. */
	Map<Long, String> readablePosts(CurrentUser user);

	/** Whether the user may cancel a number of the post's register (its commander). */
	boolean mayCancel(CurrentUser user, long postId);

}
