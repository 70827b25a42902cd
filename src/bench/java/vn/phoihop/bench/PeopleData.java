package vn.phoihop.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The national data set's household members, support programmes and economic models' substance (issue 24), as
 * set-based SQL for {@link NationalDataGenerator}. Every "random" value is a hash of the row's id, as the rest of the
 * data set. Volumes, nationally: one household in three lists its members (500,000 households, about 2,250,000
 * persons, exactly their recorded count so the population totals do not move); three programmes per post (pupils
 * sponsored, children adopted, Tết gifts) with 30, 6 and 60 beneficiaries and about 3,000 support records per post
 * (1,500,000 in all); each economic model two supports, its area or herd and four yearly results.
 */
final class PeopleData {

	/** The school year the children's levels are given for (its first calendar year). */
	private static final int SCHOOL_YEAR = 2025;

	private PeopleData() {
	}

	/** The members of one household in three, for the households of each id range (one statement per range). */
	static List<String> members(List<long[]> ranges) {
		List<String> out = new ArrayList<>();
		for (long[] r : ranges) {
			out.add("""
					insert into household_member (household_id, position, full_name, birth_year, sex, relation,
					  school_level)
					select h.id, k,
					  case when k = 1 then h.head_name else split_part(h.head_name, ' ', 1) || ' '
					    || case when v.sex = 'FEMALE' then 'Thị' else 'Văn' end || ' ' || %1$s end,
					  v.born, v.sex, v.relation,
					  case when v.relation <> 'CHILD' then null
					    when %2$d - v.born between 3 and 5 then 'PRESCHOOL'
					    when %2$d - v.born between 6 and 10 then 'PRIMARY'
					    when %2$d - v.born between 11 and 14 then 'LOWER_SECONDARY'
					    when %2$d - v.born between 15 and 17 then 'UPPER_SECONDARY' end
					from household h cross join lateral generate_series(1, h.members) k
					cross join lateral (select
					  case when k = 1 then 1960 + abs(hashint8extended(h.id, 61)) %% 36
					       when k = 2 then 1962 + abs(hashint8extended(h.id, 62)) %% 36
					       else 2000 + abs(hashint8extended(h.id * 64 + k, 63)) %% 25 end as born,
					  case when abs(hashint8extended(h.id * 64 + k, 64)) %% 2 = 0 then 'MALE' else 'FEMALE' end as sex,
					  case when k = 1 then 'HEAD' when k = 2 then 'SPOUSE' else 'CHILD' end as relation) v
					where h.id %% 3 = 0 and h.id between %3$d and %4$d""".formatted(
					NationalDataGenerator.pick(NationalDataGenerator.GIVEN, "h.id * 64 + k", 65, 30), SCHOOL_YEAR, r[0],
					r[1]));
		}
		return out;
	}

	/** The programmes of every post, their beneficiaries and the support given up to today, in order. */
	static List<String> programmes(int communesPerPost) {
		List<String> out = new ArrayList<>();
		out.add("""
				insert into programme (id, kind_id, name, post_id, starts_on, description, created_by, updated_by)
				select (bp.id - 1) * 3 + v.k, (select id from programme_kind where code = v.code), v.name, bp.id, v.starts,
				  v.description, 'bench', 'bench'
				from border_post bp cross join (values
				  (1, 'SCHOOL_SPONSORSHIP', 'Nâng bước em tới trường', date '2017-09-01',
				   'Đỡ đầu học sinh có hoàn cảnh khó khăn đến hết trung học phổ thông.'),
				  (2, 'ADOPTED_CHILD', 'Con nuôi đồn Biên phòng', date '2021-09-01',
				   'Nhận trẻ em có hoàn cảnh đặc biệt khó khăn làm con nuôi của đồn.'),
				  (3, 'TET_GIFTS', 'Xuân Biên phòng ấm lòng dân bản', date '2018-01-01',
				   'Quà Tết cho hộ nghèo, cận nghèo trước Tết Nguyên đán.')) v(k, code, name, starts, description)""");
		// ten pupils and two adopted children per commune, of the listed households' children at school
		out.add("""
				insert into programme_beneficiary (programme_id, household_id, member_id, commune_id, joined_on,
				  created_by, updated_by)
				select (1 + (x.commune_id - 1) / %1$d - 1) * 3 + case when x.r <= 10 then 1 else 2 end, x.household_id,
				  x.member_id, x.commune_id,
				  case when x.r <= 10 then date '2019-09-05' + (x.r %% 4) * 365 else date '2021-09-15' + (x.r - 11) * 60 end,
				  'bench', 'bench'
				from (select m.id member_id, m.household_id, h.commune_id,
				        row_number() over (partition by h.commune_id order by m.id) r
				      from household_member m join household h on h.id = m.household_id
				      where m.school_level in ('PRIMARY', 'LOWER_SECONDARY')) x
				where x.r <= 12""".formatted(communesPerPost));
		// twenty poor or near-poor households per commune for the Tết gifts
		out.add("""
				insert into programme_beneficiary (programme_id, household_id, commune_id, joined_on, created_by, updated_by)
				select (1 + (x.commune_id - 1) / %1$d - 1) * 3 + 3, x.id, x.commune_id, date '2018-01-10', 'bench', 'bench'
				from (select h.id, h.commune_id, row_number() over (partition by h.commune_id order by h.id) r
				      from household h where h.poverty_status <> 'NOT_POOR') x
				where x.r <= 20""".formatted(communesPerPost));
		// the pupils' school supplies each September and allowance each school month; the adopted children's monthly
		// allowance; the households' gift and rice before each Tết
		out.add("""
				insert into programme_support (beneficiary_id, given_on, kind, quantity, unit, value_dong, given_by,
				  created_by, updated_by)
				select b.id, d::date,
				  case when p.kind = 'SCHOOL' and extract(month from d) = 9 then 'SCHOOL_SUPPLIES' else 'MONEY' end,
				  case when p.kind = 'SCHOOL' and extract(month from d) = 9 then 1 end,
				  case when p.kind = 'SCHOOL' and extract(month from d) = 9 then 'bộ' end,
				  case when p.kind = 'SCHOOL' and extract(month from d) = 9 then 400000
				       when p.kind = 'SCHOOL' then 500000 else 1000000 end,
				  bp.name, 'bench', 'bench'
				from programme_beneficiary b
				join (select id, case when id % 3 = 1 then 'SCHOOL' else 'ADOPTED' end kind from programme
				      where id % 3 in (1, 2)) p on p.id = b.programme_id
				join programme pr on pr.id = b.programme_id join border_post bp on bp.id = pr.post_id
				cross join lateral generate_series(cast(b.joined_on as timestamp), cast(current_date as timestamp),
				  interval '1 month') d
				where p.kind = 'ADOPTED' or extract(month from d) not in (6, 7, 8)""");
		out.add("""
				insert into programme_support (beneficiary_id, given_on, kind, quantity, unit, value_dong, given_by,
				  created_by, updated_by)
				select b.id, make_date(y, 1, 20), g.kind, g.quantity, g.unit, g.value, bp.name, 'bench', 'bench'
				from programme_beneficiary b join programme p on p.id = b.programme_id and p.id % 3 = 0
				join border_post bp on bp.id = p.post_id
				cross join generate_series(2018, cast(extract(year from current_date) as int)) y
				cross join (values ('GIFTS', 1, 'suất', 500000), ('FOOD', 20, 'kg gạo', 300000)) g(kind, quantity, unit, value)
				where make_date(y, 1, 20) <= current_date""");
		return out;
	}

	/** Each economic model's substance: two supports, its area (crops) or herd (livestock), four yearly results. */
	static List<String> models() {
		return List.of("""
				insert into economic_model_support (model_id, given_on, kind, quantity, unit, value_dong, given_by,
				  created_by, updated_by)
				select m.id, m.started_on + s.days, s.kind,
				  case when s.kind = 'TECHNICAL_GUIDANCE' then null else 100 + abs(hashint8extended(m.id, 71)) % 900 end,
				  case when s.kind = 'TECHNICAL_GUIDANCE' then null when m.name like '%nuôi%' then 'con giống' else 'cây' end,
				  case when s.kind = 'TECHNICAL_GUIDANCE' then 0 else 10000000 + abs(hashint8extended(m.id, 72)) % 150 * 1000000 end,
				  s.given_by, 'bench', 'bench'
				from economic_model m cross join (values
				  (0, 'SEEDLINGS', 'Đồn Biên phòng'), (45, 'TECHNICAL_GUIDANCE', 'Trạm Khuyến nông huyện')) s(days, kind, given_by)
				where m.started_on + s.days <= current_date""",
				"""
				update economic_model m set area_ha = (5 + abs(hashint8extended(m.id, 73)) % 200) / 10.0
				where m.name not like '%nuôi%'""",
				"""
				insert into economic_model_livestock (model_id, kind, head)
				select m.id, case when m.name like '%bò%' then 'CATTLE' else 'GOATS' end,
				  40 + abs(hashint8extended(m.id, 74)) % 300
				from economic_model m where m.name like '%nuôi%'""",
				"""
				insert into economic_model_result (model_id, year, output_quantity, output_unit, income_per_household,
				  households)
				select m.id, y, 10 + abs(hashint8extended(m.id * 10 + y, 75)) % 90,
				  case when m.name like '%nuôi%' then 'con xuất chuồng' else 'tấn' end,
				  5000000 + abs(hashint8extended(m.id * 10 + y, 76)) % 25 * 1000000, 15
				from economic_model m cross join generate_series(2022, 2025) y
				where extract(year from m.started_on) < y""");
	}

}
