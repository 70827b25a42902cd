package vn.phoihop.activity;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.phoihop.agreement.Uploads;
import vn.phoihop.audit.AuditService;
import vn.phoihop.shared.security.CurrentUser;

/** Photos and scans attached to an activity: checked by content, kept in the database, read in the user's scope. */
@Service
@Transactional
class ActivityAttachments {

	static final long MAX_BYTES = 10 * Uploads.MB;

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

	void add(CurrentUser user, Long activityId, MultipartFile file) {
		Activity a = log.get(user, activityId);
		access.requireLogger(user);
		a.requireEditable(lock.forOneSave());
		Uploads.Checked checked = Uploads.check(file, MAX_BYTES, "file", "activity");
		Long id = jdbc.queryForObject("""
				insert into activity_attachment (activity_id, filename, content_type, size_bytes, data, uploaded_by)
				values (?, ?, ?, ?, ?, ?) returning id""", Long.class, activityId, checked.filename(),
				checked.contentType(), (long) checked.data().length, checked.data(), user.username());
		audit.record(AuditService.UPDATE, a, null, null,
				Map.of("attachmentId", id, "attachment", checked.filename(), "contentType", checked.contentType()));
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
