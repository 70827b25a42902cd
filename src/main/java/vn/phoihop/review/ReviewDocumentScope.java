package vn.phoihop.review;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.phoihop.document.DocumentScope;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;
import vn.phoihop.territory.BorderPost;

/**
 * Who sees a post's register of issued documents: whoever may read its monthly reviews ({@link ReviewAccess}: the
 * post's commander and cadres, the provincial command of its province, the officials of the communes it covers,
 * the administrator), since the register holds their conclusions. Only the post's commander cancels a number.
 */
@Component
class ReviewDocumentScope implements DocumentScope {

	private final ReviewAccess access;

	ReviewDocumentScope(ReviewAccess access) {
		this.access = access;
	}

	@Override
	public Map<Long, String> readablePosts(CurrentUser user) {
		Map<Long, String> posts = new LinkedHashMap<>();
		for (BorderPost p : access.visiblePosts(user)) {
			posts.put(p.getId(), p.getName());
		}
		return posts;
	}

	@Override
	public boolean mayCancel(CurrentUser user, long postId) {
		return user != null && user.postId() != null && user.postId() == postId
				&& user.is(Role.COMMANDER);
	}

}
