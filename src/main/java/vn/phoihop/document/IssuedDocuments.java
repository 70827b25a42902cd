package vn.phoihop.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.audit.AuditService;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.Paging;

/**
 * The register as its readers see it (/documents): the documents of the posts the user may read
 * ({@link DocumentScope}), searched, filtered and paged; one document's bytes; a number cancelled by the post's
 * commander with a reason. A document outside the reader's posts is a 404, as if it did not exist.
 */
@Service
@Transactional(readOnly = true)
class IssuedDocuments {

	/** The longest reason kept (the column's length). */
	static final int REASON = 500;

	/** The register's filter: words of the subject or number, a type, a year (each optional). */
	record Filter(String q, DocumentType type, Integer year) {
	}

	/** A row of the register as the page shows it. */
	record Row(long id, String post, DocumentType type, String number, LocalDate issuedOn, String subject,
			String signerName, String signerFunction, String sha256, Long replacedById, String replacedByNumber,
			OffsetDateTime cancelledAt, String cancelledBy, String cancelReason, boolean mayCancel,
			SignatureCheck.Verdict signature) {

		boolean cancelled() {
			return cancelledAt != null;
		}

		public boolean isCancelled() {
			return cancelled();
		}

	}

	/** A document's bytes with the name of its file. */
	record Download(String filename, byte[] pdf) {
	}

	private static final String COLUMNS = """
			d.id, d.post_id, d.type, d.number_text, d.issued_on, d.subject, d.signer_name, d.signer_function, d.sha256,
			d.replaced_by_id, r.number_text as replaced_by_number, d.cancelled_at, d.cancelled_by, d.cancel_reason,
			encode(sha256(d.pdf), 'hex') as stored_sha256
			from issued_document d left join issued_document r on r.id = d.replaced_by_id""";

	private final JdbcTemplate jdbc;

	private final DocumentScope scope;

	private final AuditService audit;

	private final SignatureCheck signatures;

	IssuedDocuments(JdbcTemplate jdbc, DocumentScope scope, AuditService audit, SignatureCheck signatures) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.audit = audit;
		this.signatures = signatures;
	}

	Page<Row> list(CurrentUser user, Filter filter, int page) {
		Map<Long, String> posts = scope.readablePosts(user);
		PageRequest request = PageRequest.of(Paging.index(page), Paging.SIZE);
		if (posts.isEmpty()) {
			return new PageImpl<>(List.of(), request, 0);
		}
		StringBuilder where = new StringBuilder(" where d.post_id = any(?)");
		List<Object> args = new ArrayList<>();
		args.add(posts.keySet().toArray(Long[]::new));
		if (filter.q() != null && !filter.q().isBlank()) {
			where.append(" and (search_key(d.subject) like '%' || search_key(?) || '%'"
					+ " or search_key(d.number_text) like '%' || search_key(?) || '%')");
			args.add(filter.q().strip());
			args.add(filter.q().strip());
		}
		if (filter.type() != null) {
			where.append(" and d.type = ?");
			args.add(filter.type().name());
		}
		if (filter.year() != null) {
			where.append(" and d.year = ?");
			args.add(filter.year());
		}
		Object[] params = args.toArray();
		long total = jdbc.queryForObject("select count(*) from issued_document d" + where, Long.class, params);
		List<Object> pageArgs = new ArrayList<>(List.of(params));
		pageArgs.add(request.getPageSize());
		pageArgs.add(request.getOffset());
		List<Row> rows = jdbc.query("select " + COLUMNS + where
				+ " order by d.issued_on desc, d.id desc limit ? offset ?", (rs, n) -> row(rs, posts, user),
				pageArgs.toArray());
		return new PageImpl<>(rows, request, total);
	}

	/** The years the user's register has documents of, newest first (the year filter's choices). */
	List<Integer> years(CurrentUser user) {
		Map<Long, String> posts = scope.readablePosts(user);
		if (posts.isEmpty()) {
			return List.of();
		}
		return jdbc.queryForList("select distinct year from issued_document where post_id = any(?) order by year desc",
				Integer.class, (Object) posts.keySet().toArray(Long[]::new));
	}

	/** One document, if the user may read it; otherwise 404. */
	Row get(CurrentUser user, long id) {
		Map<Long, String> posts = scope.readablePosts(user);
		return jdbc.query("select " + COLUMNS + " where d.id = ?", (rs, n) -> posts.containsKey(rs.getLong("post_id"))
				? row(rs, posts, user) : null, id).stream().filter(r -> r != null).findFirst()
			.orElseThrow(NotFoundException::new);
	}

	/** A document's bytes as issued, if the user may read it; otherwise 404. */
	Download pdf(CurrentUser user, long id) {
		Row row = get(user, id);
		byte[] pdf = jdbc.queryForObject("select pdf from issued_document where id = ?", byte[].class, id);
		String name = row.number().replaceAll("[^0-9A-Za-z]+", "-").replaceAll("-+$", "") + "-" + row.issuedOn().getYear();
		return new Download(name.toLowerCase(Locale.ROOT) + ".pdf", pdf);
	}

	/**
	 * Cancels a number (the post's commander only; anyone else who may read it: 403): it stays in the register with
	 * the reason, who and when; it is never given again.
	 */
	@Transactional
	void cancel(CurrentUser user, long id, String reason) {
		Row row = get(user, id);
		if (!row.mayCancel()) {
			throw new AccessDeniedException("document");
		}
		if (row.cancelled()) {
			throw new BusinessRuleException(null, "document.cancel.already");
		}
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("reason", "document.cancel.reasonRequired");
		}
		if (reason.strip().codePointCount(0, reason.strip().length()) > REASON) {
			throw new BusinessRuleException("reason", "document.cancel.reasonTooLong", REASON);
		}
		jdbc.update("""
				update issued_document set cancelled_at = now(), cancelled_by = ?, cancel_reason = ?, version = version + 1
				where id = ? and cancelled_at is null""", user.username(), reason.strip(), id);
		// in the audit trail too, with the reason: a number withdrawn is a decision someone answers for
		audit.record(CANCEL, "IssuedDocument", id, row.number() + " — " + row.subject(), reason.strip(),
				Map.of("number", row.number(), "status", "ISSUED"), Map.of("number", row.number(), "status", "CANCELLED"));
	}

	/** The audit trail's action of a cancelled number. */
	static final String CANCEL = "CANCEL";

	private Row row(ResultSet rs, Map<Long, String> posts, CurrentUser user) throws SQLException {
		long postId = rs.getLong("post_id");
		return new Row(rs.getLong("id"), posts.get(postId), DocumentType.valueOf(rs.getString("type")),
				rs.getString("number_text"), rs.getObject("issued_on", LocalDate.class), rs.getString("subject"),
				rs.getString("signer_name"), rs.getString("signer_function"), rs.getString("sha256"),
				rs.getObject("replaced_by_id", Long.class), rs.getString("replaced_by_number"),
				rs.getObject("cancelled_at", OffsetDateTime.class), rs.getString("cancelled_by"),
				rs.getString("cancel_reason"), scope.mayCancel(user, postId), signature(rs.getLong("id"),
						rs.getString("stored_sha256")));
	}

	/**
	 * Whether the stored bytes' signature verifies ({@link SignatureCheck}): the SHA-256 of the bytes as they are now
	 * (computed by PostgreSQL, not the one recorded at issue) finds a kept verdict; only a new one reads the bytes.
	 */
	private SignatureCheck.Verdict signature(long id, String storedSha256) {
		return signatures.verdict(storedSha256,
				() -> jdbc.queryForObject("select pdf from issued_document where id = ?", byte[].class, id));
	}

}
