package vn.phoihop.household;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.audit.AuditService;
import vn.phoihop.household.HouseholdImportCheck.Checked;
import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.security.CurrentUser;

/**
 * Imports households from CSV or XLSX: every row is checked first (a preview lists each row's problems,
 * {@link HouseholdImportCheck}), then the whole file is inserted in one transaction with JDBC batches
 * ({@link HouseholdImportWriter}), or nothing at all. A household may list its members on the rows below it.
 */
@Service
@Transactional
public class HouseholdImportService {

	public record Problem(String key, Object[] args) {
	}

	public record RowResult(int line, String headName, List<Problem> problems) {
	}

	/** What a preview found: the rows with problems (all of them), and the totals of a clean file. */
	public record Preview(String token, int rows, long persons, List<RowResult> invalid, String error) {

		public boolean ok() {
			return error == null && invalid.isEmpty() && rows > 0;
		}

	}

	record Parsed(int line, Long villageId, String headName, int members, String ethnicity, String localGroup,
			String phone, PovertyStatus status, Integer escapedYear, String notes, List<MemberValues> memberList) {
	}

	private final HouseholdImportCheck checks;

	private final HouseholdImportWriter writer;

	private final JdbcTemplate jdbc;

	private final AuditService audit;

	HouseholdImportService(HouseholdImportCheck checks, HouseholdImportWriter writer, JdbcTemplate jdbc,
			AuditService audit) {
		this.checks = checks;
		this.writer = writer;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Checks a file; a clean file is kept (in the database) under a token until the user confirms. */
	public Preview preview(CurrentUser user, String fileName, byte[] content) {
		HouseholdAccess.requireManage(user);
		Checked checked = checks.check(user, content);
		if (checked.error != null || !checked.invalid.isEmpty() || checked.rows.isEmpty()) {
			return new Preview(null, checked.rows.size() + checked.invalid.size(), 0, checked.invalid,
					checked.error != null ? checked.error : checked.rows.isEmpty() && checked.invalid.isEmpty()
							? "household.import.empty" : null);
		}
		jdbc.update("delete from household_import where created_at < now() - interval '1 day'");
		String token = UUID.randomUUID().toString();
		jdbc.update("insert into household_import (token, username, file_name, content) values (?, ?, ?, ?)", token,
				user.username(), fileName == null ? null : fileName.length() > 200 ? fileName.substring(0, 200)
						: fileName, content);
		long persons = checked.rows.stream().mapToLong(Parsed::members).sum();
		return new Preview(token, checked.rows.size(), persons, List.of(), null);
	}

	/**
	 * Imports a previewed file: checked again (the data may have changed since), then all rows or none. Returns
	 * the preview of the problems when it refuses, or the number of households imported.
	 */
	public Preview confirm(CurrentUser user, String token) {
		HouseholdAccess.requireManage(user);
		List<byte[]> files = jdbc.query("select content from household_import where token = ? and username = ?",
				(rs, i) -> rs.getBytes(1), token, user.username());
		if (files.isEmpty()) {
			throw new BusinessRuleException(null, "household.import.expired");
		}
		Checked checked = checks.check(user, files.get(0));
		if (checked.error != null || !checked.invalid.isEmpty() || checked.rows.isEmpty()) {
			return new Preview(null, checked.rows.size() + checked.invalid.size(), 0, checked.invalid,
					checked.error != null ? checked.error : checked.rows.isEmpty() ? "household.import.empty" : null);
		}
		writer.insert(user, checked.rows);
		jdbc.update("delete from household_import where token = ?", token);
		long persons = checked.rows.stream().mapToLong(Parsed::members).sum();
		audit.record(AuditService.CREATE, "HouseholdImport", null,
				"import: " + checked.rows.size() + " households / " + persons + " persons", null, null, null);
		return new Preview(null, checked.rows.size(), persons, List.of(), null);
	}

}
