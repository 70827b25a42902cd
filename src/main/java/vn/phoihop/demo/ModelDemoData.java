package vn.phoihop.demo;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The substance of the article's three economic models (issue 24 §5): the support each received (seedlings, breeding
 * goats, materials, technical guidance; from the post, the district's agricultural extension station, the farmers'
 * association), its scale and its yearly results. Plausible, fictitious figures (no real person or farm is named);
 * the households taking part are {@link HouseholdDemoData}'s.
 */
final class ModelDemoData {

	private final JdbcTemplate jdbc;

	ModelDemoData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void load() {
		long jackfruit = model("Mô hình trồng mít Thái", new BigDecimal("12.50"));
		support(jackfruit, "2018-03-15", "SEEDLINGS", "1200", "cây", 36_000_000, "Đồn Biên phòng Ra Mai");
		support(jackfruit, "2018-04-02", "MATERIALS", "2.4", "tấn phân bón", 14_400_000,
				"Hội Nông dân huyện Minh Hóa");
		support(jackfruit, "2018-04-20", "TECHNICAL_GUIDANCE", null, null, 0,
				"Trạm Khuyến nông huyện Minh Hóa");
		support(jackfruit, "2019-05-10", "TECHNICAL_GUIDANCE", null, null, 0,
				"Cán bộ, đảng viên Đồn Biên phòng Ra Mai");
		support(jackfruit, "2020-03-05", "SEEDLINGS", "300", "cây (trồng dặm)", 9_000_000, "Đồn Biên phòng Ra Mai");
		result(jackfruit, 2021, "18", "tấn quả", 8_500_000, 24, "Năm đầu cho quả bói.");
		result(jackfruit, 2022, "42", "tấn quả", 14_000_000, 24, null);
		result(jackfruit, 2023, "65", "tấn quả", 21_000_000, 24, "Thương lái thu mua tại vườn.");
		result(jackfruit, 2024, "70", "tấn quả", 23_500_000, 24, null);

		long orange = model("Mô hình trồng cam Khe Mây", new BigDecimal("15.00"));
		support(orange, "2018-09-01", "SEEDLINGS", "1500", "cây", 52_500_000,
				"UBND huyện Tuyên Hóa (chương trình nông thôn mới)");
		support(orange, "2018-10-12", "MATERIALS", "3", "tấn phân bón", 18_000_000, "Hợp tác xã nông nghiệp xã");
		support(orange, "2019-03-20", "TECHNICAL_GUIDANCE", null, null, 0, "Trạm Khuyến nông huyện Tuyên Hóa");
		support(orange, "2019-08-15", "MATERIALS", "30", "cuộn ống tưới", 12_000_000, "Đồn Biên phòng Ra Mai");
		result(orange, 2021, "20", "tấn quả", 12_000_000, 30, "Vụ đầu tiên.");
		result(orange, 2022, "45", "tấn quả", 25_000_000, 30, null);
		result(orange, 2023, "60", "tấn quả", 32_000_000, 30, "Bao tiêu qua hợp tác xã.");
		result(orange, 2024, "55", "tấn quả", 30_000_000, 30, "Mưa bão làm rụng quả cuối vụ.");

		long goats = model("Mô hình nuôi dê lấy thịt", null);
		support(goats, "2019-04-20", "LIVESTOCK", "90", "con dê giống", 180_000_000, "Đồn Biên phòng Ra Mai");
		support(goats, "2019-04-20", "MATERIALS", "18", "bộ chuồng trại", 54_000_000, "Đồn Biên phòng Ra Mai");
		support(goats, "2019-05-15", "TECHNICAL_GUIDANCE", null, null, 0, "Trạm Chăn nuôi và Thú y huyện Minh Hóa");
		support(goats, "2021-06-01", "MATERIALS", "600", "liều vắc-xin", 6_000_000, "Trạm Chăn nuôi và Thú y huyện");
		jdbc.update("insert into economic_model_livestock (model_id, kind, head) values (?, 'GOATS', 260)", goats);
		result(goats, 2020, "35", "con xuất chuồng", 6_000_000, 18, null);
		result(goats, 2021, "60", "con xuất chuồng", 9_500_000, 18, null);
		result(goats, 2022, "85", "con xuất chuồng", 13_000_000, 18, null);
		result(goats, 2023, "110", "con xuất chuồng", 16_500_000, 18, "Đàn giữ lại 260 con.");
		result(goats, 2024, "120", "con xuất chuồng", 18_000_000, 18, null);
	}

	private long model(String name, BigDecimal areaHa) {
		long id = jdbc.queryForObject("select id from economic_model where name = ?", Long.class, name);
		jdbc.update("update economic_model set area_ha = ? where id = ?", areaHa, id);
		return id;
	}

	private void support(long model, String day, String kind, String quantity, String unit, long value, String by) {
		jdbc.update("""
				insert into economic_model_support (model_id, given_on, kind, quantity, unit, value_dong, given_by,
				  created_by, updated_by)
				values (?, ?, ?, ?, ?, ?, ?, 'demo', 'demo')""", model, Date.valueOf(LocalDate.parse(day)), kind,
				quantity == null ? null : new BigDecimal(quantity), unit, value, by);
	}

	private void result(long model, int year, String output, String unit, long income, int households, String note) {
		jdbc.update("""
				insert into economic_model_result (model_id, year, output_quantity, output_unit, income_per_household,
				  households, note) values (?, ?, ?, ?, ?, ?, ?)""", model, year, new BigDecimal(output), unit, income,
				households, note);
	}

}
