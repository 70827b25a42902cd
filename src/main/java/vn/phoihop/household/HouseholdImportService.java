package vn.phoihop.household;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.shared.db.SearchText;
import vn.phoihop.audit.AuditService;
import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.territory.Village;

/**
 * Imports households from CSV or XLSX: every row is checked first (a preview lists each row's problems), then the
 * whole file is inserted in one transaction with JDBC batches, or nothing at all.
 */
@Service
@Transactional
public class HouseholdImportService {

	private static final int BATCH = 1000;

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
			String phone, PovertyStatus status, Integer escapedYear, String notes) {
	}

	private final HouseholdService households;

	private final EthnicGroups ethnicGroups;

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final AuditService audit;

	HouseholdImportService(HouseholdService households, EthnicGroups ethnicGroups, JdbcTemplate jdbc,
			AuditService audit) {
		this.households = households;
		this.ethnicGroups = ethnicGroups;
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
		this.audit = audit;
	}

	/** Checks a file; a clean file is kept (in the database) under a token until the user confirms. */
	public Preview preview(CurrentUser user, String fileName, byte[] content) {
		HouseholdAccess.requireManage(user);
		Checked checked = check(user, content);
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
		Checked checked = check(user, files.get(0));
		if (checked.error != null || !checked.invalid.isEmpty() || checked.rows.isEmpty()) {
			return new Preview(null, checked.rows.size() + checked.invalid.size(), 0, checked.invalid,
					checked.error != null ? checked.error : checked.rows.isEmpty() ? "household.import.empty" : null);
		}
		insert(user, checked.rows);
		jdbc.update("delete from household_import where token = ?", token);
		long persons = checked.rows.stream().mapToLong(Parsed::members).sum();
		audit.record(AuditService.CREATE, "HouseholdImport", null,
				"import: " + checked.rows.size() + " households / " + persons + " persons", null, null, null);
		return new Preview(null, checked.rows.size(), persons, List.of(), null);
	}

	// ---- checking

	private static final class Checked {

		final List<Parsed> rows = new ArrayList<>();

		final List<RowResult> invalid = new ArrayList<>();

		String error;

	}

	private Checked check(CurrentUser user, byte[] content) {
		Checked result = new Checked();
		List<List<String>> table;
		try {
			table = HouseholdImportFiles.read(content);
		}
		catch (HouseholdImportFiles.NotUtf8 ex) {
			result.error = "household.import.encoding";
			return result;
		}
		catch (RuntimeException ex) {
			result.error = "household.import.unreadable";
			return result;
		}
		if (table.size() < 2) {
			result.error = "household.import.empty";
			return result;
		}
		Map<String, Integer> columns = columns(table.get(0));
		Map<String, Village> villages = new HashMap<>();
		for (Village v : households.villages(user)) {
			villages.putIfAbsent(SearchText.key(v.getName()), v);
		}
		Set<String> existing = existingKeys(villages.values().stream().map(Village::getId).toList());
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 1; i < table.size(); i++) {
			List<String> cells = table.get(i);
			if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
				continue;
			}
			int line = i + 1;
			List<Problem> problems = new ArrayList<>();
			String villageText = cell(cells, columns, "thon_ban");
			Village village = null;
			if (villageText == null) {
				problems.add(new Problem("household.import.err.villageMissing", new Object[0]));
			}
			else {
				village = villages.get(SearchText.key(villageText));
				if (village == null) {
					problems.add(new Problem("household.import.err.village", new Object[] { villageText }));
				}
			}
			String head = cell(cells, columns, "chu_ho");
			if (head == null) {
				problems.add(new Problem("household.import.err.headName", new Object[0]));
			}
			else if (head.length() > 120) {
				problems.add(new Problem("household.import.err.headNameLong", new Object[0]));
			}
			String membersText = cell(cells, columns, "so_nhan_khau");
			Integer members = integer(membersText);
			if (members == null || members < 1 || members > 50) {
				problems.add(new Problem("household.import.err.members",
						new Object[] { membersText == null ? "" : membersText }));
			}
			String ethnicityText = cell(cells, columns, "dan_toc");
			String ethnicity = ethnicGroups.resolve(ethnicityText).orElse(null);
			if (ethnicity == null) {
				problems.add(new Problem("household.import.err.ethnicity",
						new Object[] { ethnicityText == null ? "" : ethnicityText }));
			}
			String statusText = cell(cells, columns, "tinh_trang_ngheo");
			PovertyStatus status = status(statusText);
			if (status == null) {
				problems.add(new Problem("household.import.err.status", new Object[] { statusText }));
			}
			String yearText = cell(cells, columns, "nam_thoat_ngheo");
			Integer year = integer(yearText);
			if (yearText != null && (year == null || year < 1990 || year > HouseholdService.currentYear())) {
				problems.add(new Problem("household.import.err.year", new Object[] { yearText }));
			}
			String phone = cell(cells, columns, "so_dien_thoai");
			if (phone != null && (phone.length() > 20 || !phone.matches("[0-9 +.]*"))) {
				problems.add(new Problem("household.import.err.phone", new Object[] { phone }));
			}
			String localGroup = cell(cells, columns, "nhom_dia_phuong");
			String notes = cell(cells, columns, "ghi_chu");
			if ((localGroup != null && localGroup.length() > 60) || (notes != null && notes.length() > 1000)) {
				problems.add(new Problem("household.import.err.tooLong", new Object[0]));
			}
			if (village != null && head != null) {
				String key = village.getId() + "|" + SearchText.key(head);
				if (existing.contains(key)) {
					problems.add(new Problem("household.import.err.duplicateExisting", new Object[0]));
				}
				Integer first = seen.putIfAbsent(key, line);
				if (first != null) {
					problems.add(new Problem("household.import.err.duplicateInFile", new Object[] { first }));
				}
			}
			if (problems.isEmpty()) {
				result.rows.add(new Parsed(line, village.getId(), head, members, ethnicity, localGroup, phone, status,
						year, notes));
			}
			else {
				result.invalid.add(new RowResult(line, head, problems));
			}
		}
		return result;
	}

	private Set<String> existingKeys(List<Long> villageIds) {
		Set<String> keys = new HashSet<>();
		if (villageIds.isEmpty()) {
			return keys;
		}
		named.query("select village_id, head_name from household where archived = false and village_id in (:ids)",
				new MapSqlParameterSource("ids", villageIds),
				(ResultSet rs) -> {
					keys.add(rs.getLong(1) + "|" + SearchText.key(rs.getString(2)));
				});
		return keys;
	}

	private static Map<String, Integer> columns(List<String> header) {
		Map<String, Integer> map = new HashMap<>();
		Map<String, String> aliases = Map.of("thon ban", "thon_ban", "chu ho", "chu_ho", "so nhan khau",
				"so_nhan_khau", "dan toc", "dan_toc", "nhom dia phuong", "nhom_dia_phuong", "so dien thoai",
				"so_dien_thoai", "tinh trang ngheo", "tinh_trang_ngheo", "nam thoat ngheo", "nam_thoat_ngheo",
				"ghi chu", "ghi_chu");
		for (int i = 0; i < header.size(); i++) {
			String column = aliases.get(SearchText.key(header.get(i)));
			if (column != null) {
				map.putIfAbsent(column, i);
			}
		}
		if (map.isEmpty()) {
			for (int i = 0; i < HouseholdImportFiles.COLUMNS.size(); i++) {
				map.put(HouseholdImportFiles.COLUMNS.get(i), i);
			}
		}
		return map;
	}

	private static String cell(List<String> cells, Map<String, Integer> columns, String column) {
		Integer i = columns.get(column);
		if (i == null || i >= cells.size() || cells.get(i) == null) {
			return null;
		}
		String v = cells.get(i).strip();
		return v.isEmpty() ? null : v;
	}

	private static Integer integer(String text) {
		if (text == null) {
			return null;
		}
		try {
			return new BigDecimal(text.strip()).intValueExact();
		}
		catch (ArithmeticException | NumberFormatException ex) {
			return null;
		}
	}

	private static PovertyStatus status(String text) {
		if (text == null) {
			return PovertyStatus.NOT_POOR;
		}
		return switch (SearchText.key(text)) {
			case "poor", "ngheo", "ho ngheo" -> PovertyStatus.POOR;
			case "near poor", "can ngheo", "ho can ngheo" -> PovertyStatus.NEAR_POOR;
			case "not poor", "khong ngheo", "" -> PovertyStatus.NOT_POOR;
			default -> null;
		};
	}

	// ---- writing

	private void insert(CurrentUser user, List<Parsed> rows) {
		int year = HouseholdService.currentYear();
		List<Long> ids = new ArrayList<>(rows.size());
		jdbc.execute((Connection con) -> {
			try (PreparedStatement ps = con.prepareStatement("""
					insert into household (commune_id, village_id, head_name, members, ethnicity, local_group, phone,
					  poverty_status, escaped_poverty_year, notes, created_by, updated_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] { "id" })) {
				for (int i = 0; i < rows.size(); i++) {
					Parsed p = rows.get(i);
					ps.setLong(1, user.communeId());
					ps.setLong(2, p.villageId());
					ps.setString(3, p.headName());
					ps.setInt(4, p.members());
					ps.setString(5, p.ethnicity());
					ps.setString(6, p.localGroup());
					ps.setString(7, p.phone());
					ps.setString(8, p.status().name());
					if (p.escapedYear() == null) {
						ps.setNull(9, Types.INTEGER);
					}
					else {
						ps.setInt(9, p.escapedYear());
					}
					ps.setString(10, p.notes());
					ps.setString(11, user.username());
					ps.setString(12, user.username());
					ps.addBatch();
					if ((i + 1) % BATCH == 0 || i == rows.size() - 1) {
						ps.executeBatch();
						try (ResultSet keys = ps.getGeneratedKeys()) {
							while (keys.next()) {
								ids.add(keys.getLong(1));
							}
						}
					}
				}
			}
			return null;
		});
		List<Object[]> history = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			history.add(new Object[] { ids.get(i), year, rows.get(i).status().name() });
		}
		jdbc.batchUpdate("insert into household_poverty (household_id, year, status) values (?, ?, ?)", history);
	}

}
