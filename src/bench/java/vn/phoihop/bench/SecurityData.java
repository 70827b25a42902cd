package vn.phoihop.bench;

import java.util.List;

import vn.phoihop.bench.NationalDataGenerator.Scale;

/**
 * The security situation and the border of the benchmark's data set (issue 23, docs/performance.md), as SQL for
 * {@link NationalDataGenerator}: each post's segment (period 60, 90 or 120 days) with 12 to 30 markers along its
 * communes; about three inspections of a marker in four months from 2017 to today, one marker in twenty neglected
 * (inspected about once a year: overdue); and the situation register, 0 to 3 items per commune and month (1.3 on
 * average, as the demo's Ra Mai), closed when older than two months (handled, some passed on), followed or new when
 * recent, 2 % restricted and logged by the commander, each move in the item's history. Deterministic: every choice is
 * a hash of the row's index. Run after the territory and before the reviews, whose conclusions freeze the months'
 * situation ({@code FrozenFigures.freezeConcluded}).
 */
final class SecurityData {

	static final String CATEGORIES = NationalDataGenerator.sqlArray(NationalDataGenerator.weighted(new Object[][] {
			{ "ILLEGAL_CROSSING", 16 }, { "SMUGGLING", 18 }, { "DRUGS", 10 }, { "HUMAN_TRAFFICKING", 4 },
			{ "UNLAWFUL_RELIGION", 4 }, { "RESIDENT_DISPUTE", 20 }, { "MARKER_VIOLATION", 6 },
			{ "DISASTER_RESCUE", 8 }, { "OTHER", 14 } }));

	static final String SEVERITIES = NationalDataGenerator.sqlArray(NationalDataGenerator.weighted(new Object[][] {
			{ "ROUTINE", 45 }, { "NOTABLE", 35 }, { "SERIOUS", 15 }, { "URGENT", 5 } }));

	static final String SOURCES = NationalDataGenerator.sqlArray(NationalDataGenerator.weighted(new Object[][] {
			{ "COMMUNE_POLICE", 25 }, { "MILITIA", 20 }, { "POST_PATROL", 25 }, { "SELF_MANAGED_GROUP", 15 },
			{ "RESIDENT", 12 }, { "OTHER", 3 } }));

	/** A month's index since 2017-01 (0, 1, ...), of a month given as a date. */
	private static String monthIndex(String month) {
		return "((extract(year from " + month + ") - 2017) * 12 + extract(month from " + month + ") - 1)::bigint";
	}

	private SecurityData() {
	}

	/** Each post's segment and markers: one statement each, small (10,500 markers nationally). */
	static List<String> markers(Scale s) {
		String count = "(12 + abs(hashint8extended(p.id, 93)) % 19)";
		return List.of("""
				insert into border_setting (post_id, segment_name, inspection_days, created_by, updated_by)
				select p.id, 'Đoạn biên giới do ' || p.name || ' phụ trách',
				  (array[60, 90, 90, 90, 120])[1 + abs(hashint8extended(p.id, 91)) %% 5], 'bench', 'bench'
				from border_post p""".formatted(), """
				insert into border_marker (post_id, number, kind, position, commune_id, village_id, created_by, updated_by)
				select p.id, 'M' || lpad(k::text, 2, '0'), case when k %% 4 = 0 then 'AUXILIARY' else 'MAIN' end, k, c,
				  (c - 1) * %2$d + 1 + abs(hashint8extended(p.id * 100 + k, 92)) %% %2$d, 'bench', 'bench'
				from border_post p
				cross join lateral generate_series(1, %3$s::int) k
				cross join lateral (select (p.id - 1) * %1$d + 1 + ((k - 1) * %1$d) / %3$s as c) cc""".formatted(
				s.communesPerPost(), s.villagesPerCommune(), count));
	}

	/** The markers' inspections since 2017, in two halves by post (900,000 rows nationally). */
	static List<String> inspections(Scale s) {
		long mid = s.posts() / 2;
		return List.of(inspections(1, mid), inspections(mid + 1, s.posts()));
	}

	private static String inspections(long fromPost, long toPost) {
		return """
				insert into marker_inspection (marker_id, inspected_on, condition, inspected_by, recorded_by, created_at)
				select id, d, case when c < 90 then 'INTACT' when c < 96 then 'NEEDS_CLEARING' when c < 99 then 'DAMAGED'
				    else 'DISPLACED' end,
				  (array['Tổ tuần tra của đồn', 'Tổ tự quản đường biên, cột mốc', 'Dân quân xã', 'Tuần tra song phương'])[1 + (h / 100000) %% 4],
				  'chihuy.' || lower(code), d + time '17:00'
				from (
				  select m.id, bp.code, h, (h / 1000) %% 100 as c, (mo.month + (h %% 28)::int * interval '1 day')::date as d,
				    case when m.id %% 20 = 0 then 8 else 75 end as share
				  from border_marker m join border_post bp on bp.id = m.post_id
				  cross join generate_series(date '2017-01-01', date_trunc('month', current_date), interval '1 month') mo (month)
				  cross join lateral (select abs(hashint8extended(m.id * 1000 + %s, 94)) as h) hh
				  where m.post_id between %d and %d) g
				where h %% 100 < share and d <= current_date""".formatted(monthIndex("mo.month"), fromPost, toPost);
	}

	/** The register's items since 2017, in two halves by commune (230,000 items nationally). */
	static List<String> items(Scale s) {
		long mid = s.communes() / 2;
		return List.of(items(s, 1, mid), items(s, mid + 1, s.communes()));
	}

	private static String items(Scale s, long fromCommune, long toCommune) {
		return """
				insert into situation_item (commune_id, village_id, occurred_on, occurred_time, category_id, source, severity,
				  summary, what_happened, action_taken, status, restricted, recorded_by, created_at, created_by, updated_at,
				  updated_by)
				select g.commune, (g.commune - 1) * %1$d + 1 + (h / 10) %% %1$d, d, time '06:00' + ((h / 100) %% 60) * interval '15 minutes',
				  cat.id, %2$s, %3$s,
				  (array['Người lạ qua lại khu vực biên giới', 'Nghi vấn vận chuyển hàng hóa không rõ nguồn gốc qua đường mòn',
				    'Mâu thuẫn giữa hai hộ về ranh giới nương rẫy', 'Tin báo có người rủ phụ nữ đi làm ăn xa',
				    'Gia súc thả rông qua lại đường biên', 'Mưa lớn gây sạt lở đường vào bản', 'Dấu hiệu đào bới gần chân mốc',
				    'Phát hiện tài liệu không rõ nguồn gốc tại bản'])[1 + (h / 1000) %% 8] || ' (dữ liệu sinh tự động)',
				  'Nội dung sinh tự động cho phép đo hiệu năng.',
				  case when status in ('HANDLED', 'PASSED_ON') then 'Đã xác minh, xử lý theo quy định.' end,
				  status, restricted,
				  case when restricted or (h / 7) %% 3 = 0 then 'chihuy.d' || lpad((1 + (g.commune - 1) / %4$d)::text, 3, '0')
				    else 'xa.x' || lpad(g.commune::text, 4, '0') end,
				  d + time '18:00', 'bench', d + time '18:00', 'bench'
				from (
				  select commune, h, d, (h / 7) %% 100 < 2 as restricted,
				    case when current_date - d > 60 then case when (h / 13) %% 100 < 85 then 'HANDLED' else 'PASSED_ON' end
				      when current_date - d > 20 then case when (h / 13) %% 100 < 40 then 'FOLLOWING' else 'HANDLED' end
				      else case when (h / 13) %% 2 = 0 then 'NEW' else 'FOLLOWING' end end as status
				  from (
				    select c.id as commune, h, least((mo.month + (h %% 28)::int * interval '1 day')::date, current_date) as d
				    from commune c
				    cross join generate_series(date '2017-01-01', date_trunc('month', current_date), interval '1 month') mo (month)
				    cross join generate_series(0, 2) k
				    cross join lateral (select abs(hashint8extended((c.id * 200 + %5$s) * 3 + k, 95)) as h) hh
				    where c.id between %6$d and %7$d and h %% 100 < (array[70, 40, 20])[k + 1]) f) g
				join situation_category cat on cat.code = %8$s""".formatted(s.villagesPerCommune(),
				NationalDataGenerator.pick(SOURCES, "g.h", 96, 100), NationalDataGenerator.pick(SEVERITIES, "g.h", 97, 100),
				s.communesPerPost(), monthIndex("mo.month"), fromCommune, toCommune,
				NationalDataGenerator.pick(CATEGORIES, "g.h", 98, 100));
	}

	/** Each item's moves: followed a few days after it happened, then closed (as the application records them). */
	static List<String> history() {
		return List.of("""
				insert into situation_status_change (item_id, changed_on, status, note, changed_by, changed_at)
				select id, least(occurred_on + 1 + (id % 3)::int, current_date), 'FOLLOWING',
				  'Giao cán bộ phụ trách bản xác minh.', recorded_by, created_at + interval '1 day'
				from situation_item where status <> 'NEW'
				union all
				select id, least(occurred_on + 4 + (id % 20)::int, current_date), status, action_taken, recorded_by,
				  created_at + interval '5 days'
				from situation_item where status in ('HANDLED', 'PASSED_ON')""");
	}

}
