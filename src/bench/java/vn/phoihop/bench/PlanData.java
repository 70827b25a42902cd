package vn.phoihop.bench;

import static vn.phoihop.bench.NationalDataGenerator.pick;
import static vn.phoihop.bench.NationalDataGenerator.sqlArray;
import static vn.phoihop.bench.NationalDataGenerator.weighted;

import java.util.List;

/**
 * The generated data set's yearly coordination plans (docs/performance.md §1): one approved plan per agreement and
 * year from 2017 to 2026 (5,000 nationally), each with 12 to 30 items spread over its months, in the post's communes,
 * led by the post or the commune; the items before November 2026 (where the generated activities end) say how they
 * went, mostly done, and each item done or partly done is linked to an activity of its commune, month and content
 * area. Set-based SQL, deterministic like the rest of the generator.
 */
final class PlanData {

	/** Titles and their content areas, in the same order. */
	static final String TITLES = sqlArray("Tuần tra bảo vệ đường biên, cột mốc", "Tuyên truyền Luật Biên phòng Việt Nam",
			"Giao ban định kỳ giữa Đồn và Đảng ủy xã", "Hỗ trợ cây giống, con giống cho hộ nghèo",
			"Thăm, tặng quà gia đình chính sách", "Gặp gỡ chính quyền bản đối diện", "Khám bệnh, cấp thuốc miễn phí",
			"Tuyên truyền phòng, chống mua bán người");

	static final String AREAS = sqlArray("BORDER_SOVEREIGNTY", "OUTREACH_LEGAL", "POLITICAL_SYSTEM", "ECONOMY_POVERTY",
			"CULTURE_SOCIETY", "FOREIGN_AFFAIRS", "CULTURE_SOCIETY", "OUTREACH_LEGAL");

	/** How an item of a past month went. */
	static final String RESULTS = sqlArray(weighted(new Object[][] { { "DONE", 76 }, { "PARTLY_DONE", 12 },
			{ "NOT_DONE", 8 }, { "OPEN", 4 } }));

	private PlanData() {
	}

	static List<String> statements(int communesPerPost) {
		return List.of("""
				insert into coordination_plan (agreement_id, post_id, year, status, approved_by, approved_at, created_by,
				  updated_by)
				select a.id, a.post_id, y, 'APPROVED', 'chihuy.' || lower(bp.code), make_timestamptz(y, 1, 8, 9, 0, 0),
				  'bench', 'bench'
				from agreement a join border_post bp on bp.id = a.post_id
				cross join generate_series(cast(extract(year from a.valid_from) as int),
				  least(cast(extract(year from a.valid_to) as int), 2026)) y""",
				"""
				insert into planned_item (plan_id, month, planned_on, title, content_area, commune_id, led_by,
				  expected_participants, status, status_reason, status_on, status_by, created_by, updated_by)
				select x.plan_id, x.month, x.day, (%1$s)[x.kind], (%2$s)[x.kind], x.commune, x.lead, x.expected, x.status,
				  case when x.status in ('PARTLY_DONE', 'NOT_DONE') then 'Thời tiết xấu, lực lượng tham gia thiếu' end,
				  case when x.status <> 'OPEN' then cast(make_date(x.year, x.month, 1) + interval '1 month - 1 day' as date) end,
				  case when x.status <> 'OPEN' then 'bench' end, 'bench', 'bench'
				from (
				  select p.id plan_id, p.year, 1 + (k - 1) * 12 / n as month, k,
				    case when k %% 2 = 0 then make_date(p.year, 1 + (k - 1) * 12 / n,
				      1 + cast(abs(hashint8extended(p.id * 40 + k, 3)) %% 28 as int)) end as day,
				    1 + cast(abs(hashint8extended(p.id * 40 + k, 4)) %% 8 as int) kind,
				    (p.post_id - 1) * %3$d + 1 + k %% %3$d commune,
				    case when k %% 3 = 0 then 'COMMUNE' else 'POST' end lead,
				    10 + cast(abs(hashint8extended(p.id * 40 + k, 5)) %% 90 as int) expected,
				    case when make_date(p.year, 1 + (k - 1) * 12 / n, 1) >= date '2026-11-01' then 'OPEN'
				      else %4$s end status
				  from (select p.*, 12 + cast(abs(hashint8extended(p.id, 1)) %% 19 as int) n from coordination_plan p) p
				  cross join generate_series(1, p.n) k) x"""
			.formatted(TITLES, AREAS, communesPerPost, pick(RESULTS, "p.id * 40 + k", 6, 100)),
				"""
				update activity a set planned_item_id = x.item from (
				  select distinct on (i.id) i.id item, a.id activity
				  from planned_item i join coordination_plan p on p.id = i.plan_id
				  join activity a on a.commune_id = i.commune_id and a.content_area = i.content_area
				   and a.activity_date between make_date(p.year, i.month, 1)
				                           and cast(make_date(p.year, i.month, 1) + interval '1 month - 1 day' as date)
				  where i.status in ('DONE', 'PARTLY_DONE')
				  order by i.id, a.activity_date, a.id) x
				where a.id = x.activity""");
	}

}
