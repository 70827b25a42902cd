package vn.phoihop.activity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

import vn.phoihop.agreement.Uploads;
import vn.phoihop.audit.AuditService;
import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.security.CurrentUser;

/** Photos and scans attached to an activity: checked by content, kept in the database, read in the user's scope. */
@Service
@Transactional
class ActivityAttachments {

	static final long MAX_BYTES = 10 * Uploads.MB;

	/** Files sent with one activity form (the request may carry 30 MB: application.properties). */
	static final int MAX_PER_FORM = 5;

	/** An attachment; {@code data} only when one is read to be downloaded. */
	record Attachment(Long id, String filename, String contentType, long size, byte[] data) {
	}

	private final ActivityLog log;

	private final ActivityAccess access;

	private final MonthLock lock;

	private final AuditService audit;

	private final JdbcTemplate jdbc;

	ActivityAttachments(ActivityLog log, ActivityAccess access, MonthLock lock, AuditService audit, JdbcTemplate jdbc) {
		this.log = log;
		this.access = access;
		this.lock = lock;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	/**
	 * A file added on the activity's page; false when the activity already has that file (same name and content:
	 * the button pressed twice, a resend after a lost answer), which is not stored again.
	 */
	boolean add(CurrentUser user, Long activityId, MultipartFile file) {
		Activity a = log.get(user, activityId);
		access.requireLogger(user);
		a.requireEditable(lock.forOneSave());
		return store(user, a, List.of(Uploads.check(file, MAX_BYTES, "file", "activity"))) == 1;
	}

	/**
	 * The files sent with an activity's form, checked by their content before anything is saved: a refused one is an
	 * error on the form's "photos" field (with nothing saved). A part without a file (none chosen) is skipped, and the
	 * same file (name and content) sent twice is kept once.
	 */
	List<Uploads.Checked> check(List<MultipartFile> files, Errors errors) {
		List<MultipartFile> sent = files.stream()
			.filter(f -> f != null && f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank())
			.toList();
		if (sent.size() > MAX_PER_FORM) {
			errors.rejectValue("photos", "activity.photos.tooMany", new Object[] { MAX_PER_FORM }, null);
			return List.of();
		}
		List<Uploads.Checked> checked = new ArrayList<>();
		for (MultipartFile file : sent) {
			try {
				Uploads.Checked c = Uploads.check(file, MAX_BYTES, "photos", "activity");
				if (checked.stream().noneMatch(o -> o.filename().equals(c.filename()) && Arrays.equals(o.data(), c.data()))) {
					checked.add(c);
				}
			}
			catch (BusinessRuleException ex) {
				errors.rejectValue("photos", ex.getMessageKey(), ex.getArgs(), null);
				return List.of();
			}
		}
		return checked;
	}

	/**
	 * Stores checked files as the activity's attachments, in the caller's transaction (the activity's save), except
	 * a file the activity already has (the same name and content: an upload pressed twice, a resend after a lost
	 * answer). Returns how many were stored.
	 */
	int store(CurrentUser user, Activity a, List<Uploads.Checked> files) {
		int stored = 0;
		for (Uploads.Checked checked : files) {
			if (Boolean.TRUE.equals(jdbc.queryForObject("""
					select exists (select 1 from activity_attachment
					               where activity_id = ? and filename = ? and size_bytes = ? and data = ?)""", Boolean.class,
					a.getId(), checked.filename(), (long) checked.data().length, checked.data()))) {
				continue;
			}
			Long id = jdbc.queryForObject("""
					insert into activity_attachment (activity_id, filename, content_type, size_bytes, data, uploaded_by)
					values (?, ?, ?, ?, ?, ?) returning id""", Long.class, a.getId(), checked.filename(),
					checked.contentType(), (long) checked.data().length, checked.data(), user.username());
			audit.record(AuditService.UPDATE, a.auditType(), a.getId(), a.toString(), null, null,
					Map.of("attachmentId", id, "attachment", checked.filename(), "contentType", checked.contentType()));
			stored++;
		}
		return stored;
	}

	@Transactional(readOnly = true)
	List<Attachment> of(Long activityId) {
		return jdbc.query("select id, filename, content_type, size_bytes from activity_attachment where activity_id = ? "
				+ "order by id", (rs, i) -> new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
						null), activityId);
	}

	@Transactional(readOnly = true)
	Attachment get(CurrentUser user, Long activityId, Long attachmentId) {
		log.get(user, activityId);
		return jdbc.query("select id, filename, content_type, size_bytes, data from activity_attachment "
				+ "where id = ? and activity_id = ?",
				rs -> rs.next() ? new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
						rs.getBytes(5)) : null, attachmentId, activityId);
	}

}
