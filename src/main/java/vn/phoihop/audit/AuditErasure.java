package vn.phoihop.audit;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases personal data from a record's audit trail when the record itself is anonymised (docs/privacy.md §3): the
 * named fields of every before and after snapshot of that record take the placeholder; who did what and when stays.
 */
@Service
public class AuditErasure {

	private final JdbcTemplate jdbc;

	AuditErasure(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The number of events whose snapshots were rewritten. */
	@Transactional(propagation = Propagation.MANDATORY)
	public int erase(String entityType, long entityId, List<String> fields, String placeholder) {
		String names = String.join(",", fields);
		return jdbc.update("""
				update audit_event set
				  before_data = case when before_data is null then null else (before_data - f.names)
				      || coalesce((select jsonb_object_agg(k, to_jsonb(f.placeholder)) from jsonb_object_keys(before_data) k
				                   where k = any(f.names)), '{}'::jsonb) end,
				  after_data = case when after_data is null then null else (after_data - f.names)
				      || coalesce((select jsonb_object_agg(k, to_jsonb(f.placeholder)) from jsonb_object_keys(after_data) k
				                   where k = any(f.names)), '{}'::jsonb) end
				from (select string_to_array(?, ',') as names, cast(? as text) as placeholder) f
				where entity_type = ? and entity_id = ?
				  and (jsonb_exists_any(before_data, f.names) or jsonb_exists_any(after_data, f.names))""",
				names, placeholder, entityType, entityId);
	}

}
