package vn.phoihop.audit;

import java.util.Map;

/** An entity whose changes are audited: it says what it looks like, in plain values, for before/after. */
public interface Auditable {

	String auditType();

	Long getId();

	Map<String, Object> auditSnapshot();

}
