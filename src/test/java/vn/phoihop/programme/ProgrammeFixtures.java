package vn.phoihop.programme;

import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The demo data's programmes and people for the programme tests; records of a test removed by the test. */
@Component
class ProgrammeFixtures {

	static final String SCHOOL = "Nâng bước em tới trường";

	static final String TET = "Xuân Biên phòng ấm lòng dân bản";

	private final JdbcTemplate jdbc;

	ProgrammeFixtures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	long programme(String name) {
		return jdbc.queryForObject("select min(id) from programme where name = ?", Long.class, name);
	}

	/**
	 * A child of a listed household of a commune (TRONGHOA, THANHHOA) who is not a current beneficiary of the
	 * programme: household_id, member id, full_name.
	 */
	Map<String, Object> childNotIn(long programme, String communeCode, int skip) {
		return jdbc.queryForMap("""
				select m.household_id, m.id, m.full_name from household_member m join household h on h.id = m.household_id
				join commune c on c.id = h.commune_id
				where c.code = ? and m.relation = 'CHILD' and not h.archived and not exists (
				  select 1 from programme_beneficiary b where b.member_id = m.id and b.programme_id = ? and b.left_on is null)
				order by m.id offset ? limit 1""", communeCode, programme, skip);
	}

	/** A current beneficiary of the programme in a commune: id, name (the person's or the head's). */
	Map<String, Object> beneficiaryIn(long programme, String communeCode) {
		return jdbc.queryForMap("""
				select b.id, coalesce(m.full_name, h.head_name) as name from programme_beneficiary b
				join household h on h.id = b.household_id left join household_member m on m.id = b.member_id
				join commune c on c.id = b.commune_id
				where b.programme_id = ? and c.code = ? and b.left_on is null order by b.id limit 1""", programme,
				communeCode);
	}

	long latestBeneficiary(long programme) {
		return jdbc.queryForObject("select max(id) from programme_beneficiary where programme_id = ?", Long.class,
				programme);
	}

	/** Removes a beneficiary a test added, with its support. */
	void removeBeneficiary(long id) {
		jdbc.update("delete from programme_support where beneficiary_id = ?", id);
		jdbc.update("delete from programme_beneficiary where id = ?", id);
	}

	/** Removes a programme a test created, with its beneficiaries and their support. */
	void removeProgramme(long id) {
		jdbc.update("delete from programme_support where beneficiary_id in (select id from programme_beneficiary "
				+ "where programme_id = ?)", id);
		jdbc.update("delete from programme_beneficiary where programme_id = ?", id);
		jdbc.update("delete from programme where id = ?", id);
	}

}
