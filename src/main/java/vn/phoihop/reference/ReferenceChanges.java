package vn.phoihop.reference;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.audit.AuditService;
import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.domain.NotFoundException;

/**
 * The administrator's changes to the reference data (the route is the administrator's only, SecurityConfig's
 * {@code /admin/**}): a new value, or an existing value's labels, order, active flag (and an activity type's fields
 * and usual area). A value's code never changes and no value is deleted: the records keep their codes, so a value in
 * use is retired (not offered for a new record, still shown and counted). Each change is audited with its before and
 * after, in the same transaction.
 */
@Service
@Transactional
class ReferenceChanges {

	static final String AUDIT_TYPE = "ReferenceValue";

	private final JdbcTemplate jdbc;

	private final ReferenceData data;

	private final AuditService audit;

	private final ApplicationEventPublisher events;

	ReferenceChanges(JdbcTemplate jdbc, ReferenceData data, AuditService audit, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.data = data;
		this.audit = audit;
		this.events = events;
	}

	/** Adds or updates the value; a refused change (a taken code, an unknown area) is a field's error. */
	void save(ReferenceKind kind, ReferenceForm form) {
		boolean type = kind == ReferenceKind.ACTIVITY_TYPE;
		String area = type ? form.getUsualArea() : null;
		if (area != null && data.find(ReferenceKind.CONTENT_AREA, area) == null) {
			throw new BusinessRuleException("usualArea", "reference.usualArea.unknown");
		}
		if (form.isAdding()) {
			if (!kind.addable()) {
				throw new BusinessRuleException(null, "reference.notAddable");
			}
			Integer taken = jdbc.queryForObject("select count(*) from " + kind.table() + " where upper(code) = ?",
					Integer.class, form.getCode().toUpperCase());
			if (taken != null && taken > 0) {
				throw new BusinessRuleException("code", "reference.code.taken");
			}
			Long id = type
					? jdbc.queryForObject("insert into activity_type (code, label_vi, label_en, sort_order, active,"
							+ " has_attendees, has_participants, has_households, usual_area)"
							+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id", Long.class, form.getCode(),
							form.getLabelVi(), form.getLabelEn(), form.getSortOrder(), form.isActive(),
							form.isHasAttendees(), form.isHasParticipants(), form.isHasHouseholds(), area)
					: jdbc.queryForObject("insert into " + kind.table()
							+ " (code, label_vi, label_en, sort_order, active) values (?, ?, ?, ?, ?) returning id",
							Long.class, form.getCode(), form.getLabelVi(), form.getLabelEn(), form.getSortOrder(),
							form.isActive());
			audit.record(AuditService.CREATE, AUDIT_TYPE, id, summary(kind, form.getCode()), null, null,
					snapshot(kind, form));
		}
		else {
			data.changed();
			ReferenceValue before = data.find(kind, form.getCode());
			if (before == null) {
				throw new NotFoundException();
			}
			if (type) {
				jdbc.update("update activity_type set label_vi = ?, label_en = ?, sort_order = ?, active = ?,"
						+ " has_attendees = ?, has_participants = ?, has_households = ?, usual_area = ? where id = ?",
						form.getLabelVi(), form.getLabelEn(), form.getSortOrder(), form.isActive(),
						form.isHasAttendees(), form.isHasParticipants(), form.isHasHouseholds(), area, before.id());
			}
			else {
				jdbc.update("update " + kind.table()
						+ " set label_vi = ?, label_en = ?, sort_order = ?, active = ? where id = ?",
						form.getLabelVi(), form.getLabelEn(), form.getSortOrder(), form.isActive(), before.id());
			}
			audit.record(AuditService.UPDATE, AUDIT_TYPE, before.id(), summary(kind, form.getCode()), null,
					snapshot(kind, ReferenceForm.from(before)), snapshot(kind, form));
		}
		data.changed();
		events.publishEvent(new ReferenceChanged(kind));
	}

	private static String summary(ReferenceKind kind, String code) {
		return kind.name() + " " + code;
	}

	private static Map<String, Object> snapshot(ReferenceKind kind, ReferenceForm f) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("kind", kind.name());
		m.put("code", f.getCode());
		m.put("labelVi", f.getLabelVi());
		m.put("labelEn", f.getLabelEn());
		m.put("sortOrder", f.getSortOrder());
		m.put("active", f.isActive());
		if (kind == ReferenceKind.ACTIVITY_TYPE) {
			m.put("hasAttendees", f.isHasAttendees());
			m.put("hasParticipants", f.isHasParticipants());
			m.put("hasHouseholds", f.isHasHouseholds());
			m.put("usualArea", f.getUsualArea());
		}
		return m;
	}

}
