package vn.phoihop.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;

@IntegrationTest
class HouseholdImportTest {

	private static final String HEADER = "thon_ban,chu_ho,so_nhan_khau,dan_toc,nhom_dia_phuong,so_dien_thoai,tinh_trang_ngheo,nam_thoat_ngheo,ghi_chu\n";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	HouseholdFixtures fixtures;

	private MvcTestResult upload(String name, byte[] content) {
		return mvc.post()
			.uri("/households/import")
			.multipart()
			.file(new MockMultipartFile("file", name, "text/csv", content))
			.with(users.as("xa.danhoa"))
			.with(csrf())
			.exchange();
	}

	private static String token(MvcTestResult result) throws Exception {
		Matcher m = Pattern.compile("name=\"token\" value=\"([0-9a-f-]+)\"")
			.matcher(result.getResponse().getContentAsString());
		assertThat(m.find()).as("a confirm button with its token").isTrue();
		return m.group(1);
	}

	private MvcTestResult confirm(String token) {
		return mvc.post().uri("/households/import/confirm").param("token", token).with(users.as("xa.danhoa"))
			.with(csrf()).exchange();
	}

	@Test
	void aFileWithErrorsImportsNothingAndReportsEachBadRow() throws Exception {
		String t = HouseholdFixtures.token();
		String existing = "Hồ Văn Có " + t;
		fixtures.household("TRONGHOA", existing, 3); // in Trọng Hóa's first village
		String firstVillage = jdbc.queryForObject(
				"select v.name from village v join commune c on c.id = v.commune_id where c.code = 'TRONGHOA' order by v.id limit 1",
				String.class);
		String csv = HEADER + "Bản Ra Mai,Hồ Văn Tốt " + t + ",4,Chứt,Rục,,POOR,,\n" // row 2: fine
				+ "Bản Không Có,Hồ Văn Lạc " + t + ",4,Chứt,,,POOR,,\n" // row 3: unknown village
				+ "Bản Ra Mai,Hồ Văn Số " + t + ",bốn,Chứt,,,POOR,,\n" // row 4: bad number
				+ firstVillage + "," + existing + ",3,Kinh,,,NOT_POOR,,\n" // row 5: duplicate of an existing household
				+ "Bản Ra Mai,,2,Người Sao Hỏa,,,giàu,,\n" // row 6: no head, bad ethnicity, bad status
				+ "Thôn Tân Sơn,Hồ Văn Xa " + t + ",2,Kinh,,,NOT_POOR,,\n" // row 7: a Tuyên Lâm village (out of scope)
				+ "Bản Ra Mai,Hồ Văn Tốt " + t + ",5,Chứt,,,POOR,,\n"; // row 8: duplicate of row 2
		long before = fixtures.householdCount();
		MvcTestResult result = upload("loi.csv", csv.getBytes(StandardCharsets.UTF_8));
		String page = HouseholdPagesTest.html(result);
		assertThat(page).contains("Tệp có 6 dòng lỗi. Chưa nhập hộ nào")
			.contains("Không có thôn, bản \"Bản Không Có\" trong xã của bạn.")
			.contains("Số nhân khẩu \"bốn\" không hợp lệ")
			.contains("Trùng với hộ đã có cùng tên chủ hộ trong thôn, bản này.")
			.contains("Thiếu tên chủ hộ.")
			.contains("Dân tộc \"Người Sao Hỏa\" không có trong danh mục 54 dân tộc.")
			.contains("Tình trạng nghèo \"giàu\" không hợp lệ")
			.contains("Không có thôn, bản \"Thôn Tân Sơn\" trong xã của bạn.")
			.contains("Trùng với dòng 2 trong tệp.")
			.doesNotContain("name=\"token\"");
		for (int row : new int[] { 3, 4, 5, 6, 7, 8 }) {
			assertThat(page).contains("<td>" + row + "</td>");
		}
		assertThat(page).doesNotContain("<td>2</td>");
		assertThat(fixtures.householdCount()).isEqualTo(before);
	}

	@Test
	void aGoodFileOf5000RowsImportsCompletely() throws Exception {
		String t = HouseholdFixtures.token();
		StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER);
		for (int i = 0; i < 5000; i++) {
			csv.append(i % 2 == 0 ? "Bản Ra Mai" : "ban lom").append(",Hồ Văn Nhập ").append(t).append(' ').append(i)
				.append(',').append(1 + i % 7).append(',').append(i % 3 == 0 ? "Bru-Vân Kiều" : "CHUT")
				.append(",,,").append(i % 4 == 0 ? "Hộ nghèo" : "NOT_POOR").append(",,\"ghi chú, có dấu phẩy\"\n");
		}
		long before = fixtures.householdCount();
		MvcTestResult preview = upload("5000.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(HouseholdPagesTest.html(preview)).contains("Tệp hợp lệ: 5.000 hộ");
		MvcTestResult done = confirm(token(preview));
		assertThat(done).hasStatus3xxRedirection();
		assertThat(fixtures.householdCount()).isEqualTo(before + 5000);
		assertThat(jdbc.queryForObject("select count(*) from household where head_name like ?", Long.class,
				"Hồ Văn Nhập " + t + " %")).isEqualTo(5000);
		assertThat(jdbc.queryForObject("select count(*) from household h join household_poverty p on p.household_id = h.id "
				+ "where h.head_name like ? and p.status = 'POOR'", Long.class, "Hồ Văn Nhập " + t + " %")).isEqualTo(1250);
		assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'HouseholdImport' "
				+ "and summary like 'import: 5000 households%'", Long.class)).isGreaterThanOrEqualTo(1);
	}

	@Test
	void anXlsxFileImportsAndTheTemplatesDownload() throws Exception {
		assertThat(mvc.get().uri("/households/import/template.csv").with(users.as("xa.danhoa"))).hasStatusOk()
			.bodyText()
			.contains("thon_ban,chu_ho,so_nhan_khau");
		assertThat(mvc.get().uri("/households/import/template.xlsx").with(users.as("xa.danhoa"))).hasStatusOk();
		String t = HouseholdFixtures.token();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook wb = new Workbook(out, "test", "1.0");
		Worksheet ws = wb.newWorksheet("x");
		String[] header = HEADER.strip().split(",");
		for (int c = 0; c < header.length; c++) {
			ws.value(0, c, header[c]);
		}
		for (int r = 1; r <= 3; r++) {
			ws.value(r, 0, "Bản Lòm");
			ws.value(r, 1, "Pả Văn Xlsx " + t + " " + r);
			ws.value(r, 2, r + 2);
			ws.value(r, 3, "Bru-Vân Kiều");
			ws.value(r, 6, "NEAR_POOR");
		}
		wb.finish();
		MvcTestResult preview = mvc.post()
			.uri("/households/import")
			.multipart()
			.file(new MockMultipartFile("file", "ho.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray()))
			.with(users.as("xa.danhoa"))
			.with(csrf())
			.exchange();
		assertThat(HouseholdPagesTest.html(preview)).contains("Tệp hợp lệ: 3 hộ / 12 nhân khẩu");
		assertThat(confirm(token(preview))).hasStatus3xxRedirection();
		assertThat(jdbc.queryForObject("select sum(members) from household where head_name like ?", Long.class,
				"Pả Văn Xlsx " + t + " %")).isEqualTo(12);
	}

	@Test
	void onlyCommuneOfficialsImportAndATokenBelongsToItsUploader() throws IOException {
		assertThat(mvc.get().uri("/households/import").with(users.as("canbo.ramai"))).hasStatus(403);
		assertThat(mvc.get().uri("/households/import").with(users.as("tinh.quangtri"))).hasStatus(403);
		assertThat(mvc.post().uri("/households/import/confirm").param("token", "nope").with(users.as("xa.danhoa"))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Phiên nhập tệp đã hết hạn");
	}

}
