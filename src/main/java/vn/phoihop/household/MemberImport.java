package vn.phoihop.household;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import vn.phoihop.household.HouseholdImportService.Problem;
import vn.phoihop.shared.db.SearchText;

/**
 * The member columns of the household import (issue 24 §4): {@code thanh_vien, nam_sinh, gioi_tinh, quan_he,
 * cap_hoc}. The first member is written on the household's own row, each further member on a row right below it with
 * the household's columns empty. Values are read as the codes (MALE, CHILD, PRIMARY…) or as the words a commune
 * official writes ("Nữ", "Con", "Tiểu học", "THCS"), accents and case ignored.
 */
final class MemberImport {

	static final List<String> COLUMNS = List.of("thanh_vien", "nam_sinh", "gioi_tinh", "quan_he", "cap_hoc");

	private static final Map<String, Sex> SEXES = Map.of("nam", Sex.MALE, "male", Sex.MALE, "m", Sex.MALE, "nu",
			Sex.FEMALE, "female", Sex.FEMALE, "f", Sex.FEMALE);

	private static final Map<String, Relation> RELATIONS = Map.ofEntries(Map.entry("chu ho", Relation.HEAD),
			Map.entry("vo", Relation.SPOUSE), Map.entry("chong", Relation.SPOUSE), Map.entry("vo/chong", Relation.SPOUSE),
			Map.entry("con", Relation.CHILD), Map.entry("con dau", Relation.CHILD_IN_LAW),
			Map.entry("con re", Relation.CHILD_IN_LAW), Map.entry("con dau/con re", Relation.CHILD_IN_LAW),
			Map.entry("chau", Relation.GRANDCHILD), Map.entry("bo", Relation.PARENT), Map.entry("me", Relation.PARENT),
			Map.entry("cha", Relation.PARENT), Map.entry("bo/me", Relation.PARENT), Map.entry("anh", Relation.SIBLING),
			Map.entry("chi", Relation.SIBLING), Map.entry("em", Relation.SIBLING),
			Map.entry("anh/chi/em", Relation.SIBLING), Map.entry("khac", Relation.OTHER));

	private static final Map<String, SchoolLevel> SCHOOLS = Map.ofEntries(Map.entry("mam non", SchoolLevel.PRESCHOOL),
			Map.entry("mau giao", SchoolLevel.PRESCHOOL), Map.entry("tieu hoc", SchoolLevel.PRIMARY),
			Map.entry("th", SchoolLevel.PRIMARY), Map.entry("thcs", SchoolLevel.LOWER_SECONDARY),
			Map.entry("trung hoc co so", SchoolLevel.LOWER_SECONDARY), Map.entry("thpt", SchoolLevel.UPPER_SECONDARY),
			Map.entry("trung hoc pho thong", SchoolLevel.UPPER_SECONDARY), Map.entry("hoc nghe", SchoolLevel.VOCATIONAL),
			Map.entry("trung cap", SchoolLevel.VOCATIONAL), Map.entry("cao dang", SchoolLevel.VOCATIONAL),
			Map.entry("dai hoc", SchoolLevel.HIGHER), Map.entry("bo hoc", SchoolLevel.OUT_OF_SCHOOL),
			Map.entry("khong di hoc", SchoolLevel.OUT_OF_SCHOOL));

	private MemberImport() {
	}

	/** The header's aliases of the member columns (the column names as typed in a spreadsheet's header). */
	static final Map<String, String> ALIASES = Map.of("thanh vien", "thanh_vien", "nam sinh", "nam_sinh",
			"gioi tinh", "gioi_tinh", "quan he", "quan_he", "cap hoc", "cap_hoc");

	/** The cells of a row that describe a member: null when the row names none. */
	record Cells(String name, String year, String sex, String relation, String school) {

		boolean any() {
			return name != null || year != null || sex != null || relation != null || school != null;
		}

	}

	/** A member read from its cells, each problem added to {@code problems}; null when it has one. */
	static MemberValues read(Cells c, int currentYear, List<Problem> problems) {
		int before = problems.size();
		if (c.name() == null) {
			problems.add(new Problem("household.import.err.memberName", new Object[0]));
		}
		else if (c.name().length() > 120) {
			problems.add(new Problem("household.import.err.memberNameLong", new Object[0]));
		}
		Integer year = null;
		if (c.year() != null) {
			try {
				year = new BigDecimal(c.year().strip()).intValueExact();
			}
			catch (ArithmeticException | NumberFormatException ex) {
				year = -1;
			}
			if (year < 1900 || year > currentYear) {
				problems.add(new Problem("household.import.err.memberYear", new Object[] { c.year() }));
			}
		}
		Sex sex = c.sex() == null ? null : parse(c.sex(), Sex.class, SEXES);
		if (c.sex() != null && sex == null) {
			problems.add(new Problem("household.import.err.memberSex", new Object[] { c.sex() }));
		}
		Relation relation = c.relation() == null ? null : parse(c.relation(), Relation.class, RELATIONS);
		if (relation == null) {
			problems.add(new Problem("household.import.err.memberRelation",
					new Object[] { c.relation() == null ? "" : c.relation() }));
		}
		SchoolLevel school = c.school() == null ? null : parse(c.school(), SchoolLevel.class, SCHOOLS);
		if (c.school() != null && school == null) {
			problems.add(new Problem("household.import.err.memberSchool", new Object[] { c.school() }));
		}
		return problems.size() > before ? null : new MemberValues(null, c.name(), year, sex, relation, school);
	}

	/** A code (MALE, CHILD_IN_LAW) or one of the words. */
	private static <E extends Enum<E>> E parse(String text, Class<E> type, Map<String, E> words) {
		String key = SearchText.key(text.strip());
		E word = words.get(key);
		if (word != null) {
			return word;
		}
		for (E e : type.getEnumConstants()) {
			if (e.name().equalsIgnoreCase(key.replace(' ', '_'))) {
				return e;
			}
		}
		return null;
	}

}
