package vn.phoihop.household;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.phoihop.household.HouseholdImportService.Parsed;
import vn.phoihop.household.HouseholdImportService.Problem;
import vn.phoihop.household.HouseholdImportService.RowResult;
import vn.phoihop.shared.db.SearchText;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.territory.Village;

/**
 * Checks an import file row by row (a household's row, and the rows of its further members below it): what would be
 * imported, and every problem with its line. Nothing is written here.
 */
@Component
class HouseholdImportCheck {

	private final HouseholdService households;

	private final EthnicGroups ethnicGroups;

	private final NamedParameterJdbcTemplate named;

	HouseholdImportCheck(HouseholdService households, EthnicGroups ethnicGroups, JdbcTemplate jdbc) {
		this.households = households;
		this.ethnicGroups = ethnicGroups;
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	static final class Checked {

		final List<Parsed> rows = new ArrayList<>();

		final List<RowResult> invalid = new ArrayList<>();

		String error;

	}

	Checked check(CurrentUser user, byte[] content) {
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
		int currentYear = HouseholdService.currentYear();
		Pending pending = null;
		for (int i = 1; i < table.size(); i++) {
			List<String> cells = table.get(i);
			if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
				continue;
			}
			int line = i + 1;
			MemberImport.Cells member = new MemberImport.Cells(cell(cells, columns, "thanh_vien"),
					cell(cells, columns, "nam_sinh"), cell(cells, columns, "gioi_tinh"), cell(cells, columns, "quan_he"),
					cell(cells, columns, "cap_hoc"));
			if (HouseholdImportFiles.COLUMNS.stream().allMatch(c -> cell(cells, columns, c) == null)) {
				// a further member of the household above
				List<Problem> problems = new ArrayList<>();
				if (pending == null) {
					problems.add(new Problem("household.import.err.memberOrphan", new Object[0]));
				}
				else {
					pending.add(MemberImport.read(member, currentYear, problems));
				}
				if (!problems.isEmpty()) {
					result.invalid.add(new RowResult(line, pending == null ? null : pending.head, problems));
				}
				continue;
			}
			if (pending != null) {
				pending.finish(result);
			}
			pending = new Pending(line, cell(cells, columns, "chu_ho"), cell(cells, columns, "so_nhan_khau"));
			List<Problem> problems = pending.problems;
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
			String head = pending.head;
			if (head == null) {
				problems.add(new Problem("household.import.err.headName", new Object[0]));
			}
			else if (head.length() > 120) {
				problems.add(new Problem("household.import.err.headNameLong", new Object[0]));
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
			if (yearText != null && (year == null || year < 1990 || year > currentYear)) {
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
			if (member.any()) {
				pending.add(MemberImport.read(member, currentYear, problems));
			}
			pending.values = new Parsed(line, village == null ? null : village.getId(), head, 0, ethnicity, localGroup,
					phone, status, year, notes, List.of());
		}
		if (pending != null) {
			pending.finish(result);
		}
		return result;
	}

	/**
	 * A household row being read, with the members of the rows below it: finished (its count checked against its
	 * members, then added to the rows or to the problems) when the next household row or the file's end is reached.
	 */
	private static final class Pending {

		final int line;

		final String head;

		final String membersText;

		final List<Problem> problems = new ArrayList<>();

		final List<MemberValues> members = new ArrayList<>();

		boolean memberProblem;

		Parsed values;

		Pending(int line, String head, String membersText) {
			this.line = line;
			this.head = head;
			this.membersText = membersText;
		}

		void add(MemberValues member) {
			if (member == null) {
				memberProblem = true;
			}
			else {
				members.add(member);
			}
		}

		void finish(Checked result) {
			Integer count = integer(membersText);
			if (members.isEmpty() && !memberProblem) {
				if (count == null || count < 1 || count > 50) {
					problems.add(new Problem("household.import.err.members",
							new Object[] { membersText == null ? "" : membersText }));
				}
			}
			else if (members.size() > 50) {
				problems.add(new Problem("household.import.err.memberTooMany", new Object[0]));
			}
			else if (membersText != null && !memberProblem && (count == null || count != members.size())) {
				problems.add(new Problem("household.import.err.memberCount",
						new Object[] { membersText, members.size() }));
			}
			if (problems.isEmpty() && !memberProblem) {
				Parsed p = values;
				result.rows.add(new Parsed(p.line(), p.villageId(), p.headName(),
						members.isEmpty() ? count : members.size(), p.ethnicity(), p.localGroup(), p.phone(), p.status(),
						p.escapedYear(), p.notes(), List.copyOf(members)));
			}
			else if (!problems.isEmpty()) {
				result.invalid.add(new RowResult(line, head, problems));
			}
		}

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
			String key = SearchText.key(header.get(i));
			String column = aliases.getOrDefault(key, MemberImport.ALIASES.get(key));
			if (column != null) {
				map.putIfAbsent(column, i);
			}
		}
		if (map.isEmpty()) {
			for (int i = 0; i < HouseholdImportFiles.COLUMNS.size(); i++) {
				map.put(HouseholdImportFiles.COLUMNS.get(i), i);
			}
			for (int i = 0; i < MemberImport.COLUMNS.size(); i++) {
				map.put(MemberImport.COLUMNS.get(i), HouseholdImportFiles.COLUMNS.size() + i);
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

}
