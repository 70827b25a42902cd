package vn.phoihop.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A record's history as its detail page shows it (templates/audit/_history.html): the latest events the reader may
 * see, newest first, each with the fields it changed. {@code visible} is false for a user who reads no audit event
 * (the fragment then shows nothing).
 */
public record AuditHistory(boolean visible, String entityType, Long entityId, List<Entry> entries, boolean more) {

	/** At most this many events on a page; the audit log has the rest. */
	static final int LIMIT = 50;

	private static final int LONGEST_VALUE = 200;

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	public record Entry(Instant occurredAt, String username, String action, String summary, String reason,
			List<Change> changes) {
	}

	/** One field: its name in the record's snapshot (a message {@code audit.field.<name>} labels it) and its values. */
	public record Change(String field, String before, String after) {
	}

	static AuditHistory hidden(String entityType, Long entityId) {
		return new AuditHistory(false, entityType, entityId, List.of(), false);
	}

	static AuditHistory of(String entityType, Long entityId, List<AuditEvent> newestFirst, JsonMapper json) {
		List<Entry> entries = new ArrayList<>();
		for (AuditEvent e : newestFirst.subList(0, Math.min(LIMIT, newestFirst.size()))) {
			entries.add(new Entry(e.getOccurredAt(), e.getUsername(), e.getAction(), e.getSummary(), e.getReason(),
					changes(read(json, e.getBeforeData()), read(json, e.getAfterData()), e.getAction())));
		}
		return new AuditHistory(true, entityType, entityId, List.copyOf(entries), newestFirst.size() > LIMIT);
	}

	/**
	 * The fields whose values differ between before and after. A creation lists nothing (the record as it is now is
	 * on the page); an event with only an "after" (an upload) lists what it added.
	 */
	static List<Change> changes(Map<String, Object> before, Map<String, Object> after, String action) {
		if (AuditService.CREATE.equals(action) || (before == null && after == null)) {
			return List.of();
		}
		Set<String> fields = new LinkedHashSet<>();
		if (before != null) {
			fields.addAll(before.keySet());
		}
		if (after != null) {
			fields.addAll(after.keySet());
		}
		List<Change> changes = new ArrayList<>();
		for (String field : fields) {
			Object b = before == null ? null : before.get(field);
			Object a = after == null ? null : after.get(field);
			if (!Objects.equals(b, a)) {
				changes.add(new Change(field, text(b), text(a)));
			}
		}
		return List.copyOf(changes);
	}

	private static Map<String, Object> read(JsonMapper json, String data) {
		return data == null ? null : json.readValue(data, MAP);
	}

	/** A value as one line of text; null as an empty string (the template shows a dash). */
	static String text(Object value) {
		String s;
		if (value == null) {
			return "";
		}
		else if (value instanceof Collection<?> list) {
			s = list.stream().map(AuditHistory::text).collect(Collectors.joining(", "));
		}
		else if (value instanceof Map<?, ?> map) {
			s = map.entrySet().stream().map(en -> en.getKey() + ": " + text(en.getValue()))
				.collect(Collectors.joining("; "));
		}
		else {
			s = String.valueOf(value);
		}
		return s.length() <= LONGEST_VALUE ? s : s.substring(0, LONGEST_VALUE - 1) + "…";
	}

}
