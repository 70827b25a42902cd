package vn.phoihop.audit;

import java.util.List;

/**
 * The actions the audit log's filter offers, each labelled by the message {@code audit.action.<ACTION>}. The
 * modules write these names; an action missing here is still recorded and shown (by its name where it has no label).
 */
final class AuditActions {

	static final List<String> ALL = List.of("CREATE", "UPDATE", "DELETE", "EXPORT", "SUBMIT", "RETURN", "CONCLUDE",
			"REOPEN", "LOCK", "UNLOCK", "PASSWORD_CHANGE", "PASSWORD_RESET", "PASSWORD_RESET_LINK", "PASSWORD_RESET_BY_LINK",
			"EMAIL_CONFIRM", "EMAIL_REMOVE", "TWO_FACTOR_ENROL", "TWO_FACTOR_DISABLE", "TWO_FACTOR_RESET",
			"RECOVERY_CODES_NEW", "RECOVERY_CODE_USED", "VIEW", "FOLLOW_UP", "INSPECT", "CANCEL");

	private AuditActions() {
	}

}
