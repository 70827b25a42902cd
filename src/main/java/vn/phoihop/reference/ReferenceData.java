package vn.phoihop.reference;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.PreDestroy;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.phoihop.shared.web.MessageOverrides;
import vn.phoihop.shared.web.OverridingMessageSource;

/**
 * The reference data's rows, read when the application is ready and kept (a few dozen rows read on every page):
 * dropped when the administrator saves a change ({@link #changed()}), and read again in the background a minute after
 * they were read (the request that finds them older is served them and starts the read, so no page waits for it or
 * counts its statement), so another instance of the application sees a change within about a minute. The labels of the kinds that have message keys answer those keys
 * ({@link MessageOverrides}), so every template, export and PDF that showed {@code #{activity.type.X}} shows the row's
 * label, a new value's included.
 */
@Service
public class ReferenceData implements MessageOverrides {

	private record Snapshot(List<ReferenceValue> all, List<ReferenceValue> active, Map<String, ReferenceValue> byCode) {
	}

	private final JdbcTemplate jdbc;

	private final LoadingCache<ReferenceKind, Snapshot> cache;

	ReferenceData(JdbcTemplate jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.cache = Caffeine.newBuilder().refreshAfterWrite(KEPT).build(this::load);
		if (messages instanceof OverridingMessageSource overriding) {
			overriding.register(this);
		}
		ReferenceRows.install(this);
	}

	/** The kinds whose labels answer message keys (asked for every message a page shows: no array copied each time). */
	private static final List<ReferenceKind> LABELLED = java.util.Arrays.stream(ReferenceKind.values())
		.filter(k -> k.messagePrefix() != null).toList();

	/** How long the rows are kept before a read starts reading them again in the background. */
	static final Duration KEPT = Duration.ofMinutes(1);

	@PreDestroy
	void close() {
		ReferenceRows.uninstall(this);
	}

	@EventListener(ApplicationReadyEvent.class)
	void warm() {
		for (ReferenceKind kind : ReferenceKind.values()) {
			cache.get(kind);
		}
	}

	private Snapshot load(ReferenceKind kind) {
		String extra = kind == ReferenceKind.ACTIVITY_TYPE ? "has_attendees, has_participants, has_households, usual_area"
				: "false has_attendees, false has_participants, false has_households, null usual_area";
		List<ReferenceValue> rows = jdbc.query("select id, code, label_vi, label_en, sort_order, active, " + extra
				+ " from " + kind.table() + " order by sort_order, id",
				(rs, i) -> new ReferenceValue(kind, rs.getLong("id"), rs.getString("code"), rs.getString("label_vi"),
						rs.getString("label_en"), rs.getInt("sort_order"), rs.getBoolean("active"),
						rs.getBoolean("has_attendees"), rs.getBoolean("has_participants"),
						rs.getBoolean("has_households"), rs.getString("usual_area")));
		Map<String, ReferenceValue> byCode = new LinkedHashMap<>();
		rows.forEach(r -> byCode.put(r.code(), r));
		return new Snapshot(List.copyOf(rows), rows.stream().filter(ReferenceValue::active).toList(), byCode);
	}

	/** Every value of the kind in order, retired ones included: what a figure, a filter or an old record shows. */
	public List<ReferenceValue> all(ReferenceKind kind) {
		return cache.get(kind).all();
	}

	/** The active values in order: what a form offers for a new record. */
	public List<ReferenceValue> active(ReferenceKind kind) {
		return cache.get(kind).active();
	}

	/** The value of this code, or null. */
	public ReferenceValue find(ReferenceKind kind, String code) {
		return code == null ? null : cache.get(kind).byCode().get(code);
	}

	@Override
	public String find(String code, Locale locale) {
		for (ReferenceKind kind : LABELLED) {
			String prefix = kind.messagePrefix();
			if (code.startsWith(prefix)) {
				ReferenceValue v = find(kind, code.substring(prefix.length()));
				return v == null ? null : v.label(locale);
			}
		}
		return null;
	}

	/** Drops the kept rows now and again when the current transaction ends (a rolled-back change is not kept). */
	void changed() {
		cache.invalidateAll();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					cache.invalidateAll();
				}
			});
		}
	}

}
