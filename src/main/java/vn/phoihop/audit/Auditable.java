package vn.phoihop.audit;

import java.util.Map;

/** An entity whose changes are audited: it says what it looks like, in plain values, for before/after. */
public interface Auditable {

	String auditType();

	Long getId();

	Map<String, Object> auditSnapshot();

	/** The post or commune the record belongs to (who besides the administrator reads its events); none by default. */
	default AuditUnit auditUnit() {
		return AuditUnit.NONE;
	}

}
