package vn.phoihop.deadline;

import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.audit.AuditService;
import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.domain.StaleEditException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;
import vn.phoihop.territory.BorderPost;
import vn.phoihop.territory.TerritoryService;

/**
 * Reading and setting a post's due days: the post's commander sets them; the post's cadres read them; the
 * administrator reads any post's ({@code ?post=}); the communes' officials and the provincial command see the dates
 * where the work is (the dashboard, the review list), not this page (403).
 */
@Service
@Transactional
class DeadlineSettings {

	/** The page: the post, its days, the version of its row (null when it has none yet), whether the user may set them. */
	record Setting(BorderPost post, DueDays days, Integer version, boolean mayChange, boolean stored) {
	}

	private final PostDeadlineRepository deadlines;

	private final TerritoryService territory;

	private final AuditService audit;

	private final Deadlines cache;

	DeadlineSettings(PostDeadlineRepository deadlines, TerritoryService territory, AuditService audit,
			Deadlines cache) {
		this.deadlines = deadlines;
		this.territory = territory;
		this.audit = audit;
		this.cache = cache;
	}

	/** The posts whose setting the user may open: the administrator's all, a commander's or a cadre's own. */
	@Transactional(readOnly = true)
	List<BorderPost> posts(CurrentUser user) {
		requireReader(user);
		return user.is(Role.ADMIN) ? territory.allPosts()
				: territory.post(user.postId()).map(List::of).orElse(List.of());
	}

	@Transactional(readOnly = true)
	Setting read(CurrentUser user, String postCode) {
		requireReader(user);
		BorderPost post;
		if (user.is(Role.ADMIN)) {
			post = postCode == null ? null : territory.postByCode(postCode).orElseThrow(NotFoundException::new);
		}
		else {
			post = territory.post(user.postId()).orElseThrow(NotFoundException::new);
			if (postCode != null && !postCode.equals(post.getCode())) {
				throw new NotFoundException();
			}
		}
		if (post == null) {
			return null;
		}
		PostDeadline stored = deadlines.findById(post.getId()).orElse(null);
		return new Setting(post, stored == null ? DueDays.DEFAULT : stored.days(),
				stored == null ? null : stored.getVersion(), mayChange(user), stored != null);
	}

	/**
	 * The commander sets their post's days; a form read before another change (or before the post's first days were
	 * set) is refused as stale.
	 */
	void save(CurrentUser user, DeadlineForm form) {
		requireChanger(user);
		PostDeadline d = deadlines.findById(user.postId()).orElse(null);
		Map<String, Object> before = null;
		if (d == null) {
			// a form read when the post had no days of its own carries no version
			if (form.getVersion() != null) {
				throw new StaleEditException();
			}
			d = new PostDeadline(user.postId());
		}
		else {
			if (form.getVersion() == null || form.getVersion() != d.getVersion()) {
				throw new StaleEditException();
			}
			before = d.auditSnapshot();
		}
		d.set(form.getReportDay(), form.getConclusionDay());
		deadlines.saveAndFlush(d);
		audit.record(before == null ? AuditService.CREATE : AuditService.UPDATE, d, before);
		cache.changed();
	}

	/** Refuses (403) anyone but a post's commander, before the form is even validated. */
	void requireChanger(CurrentUser user) {
		if (!mayChange(user)) {
			throw new AccessDeniedException("deadlines");
		}
	}

	private static boolean mayChange(CurrentUser user) {
		return user != null && user.is(Role.COMMANDER) && user.postId() != null;
	}

	private static void requireReader(CurrentUser user) {
		boolean reads = user != null && (user.is(Role.ADMIN)
				|| ((user.is(Role.COMMANDER) || user.is(Role.POST_CADRE)) && user.postId() != null));
		if (!reads) {
			throw new AccessDeniedException("deadlines");
		}
	}

}
