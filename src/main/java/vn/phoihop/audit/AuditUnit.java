package vn.phoihop.audit;

/**
 * The unit an audited record belongs to, written on each of its events: the post (an agreement, a cadre, a monthly
 * review, its submissions and tasks, the post itself), or else the commune (an activity, a household, a group, a
 * model, a village, the commune itself). A commander reads the events of their post, and those of their scope's
 * communes that belong to no post ({@link AuditService#search}). Accounts and exports belong to no unit: only the
 * administrator reads them.
 */
public record AuditUnit(Long postId, Long communeId) {

	public static final AuditUnit NONE = new AuditUnit(null, null);

	public static AuditUnit post(Long postId) {
		return new AuditUnit(postId, null);
	}

	public static AuditUnit commune(Long communeId) {
		return new AuditUnit(null, communeId);
	}

}
