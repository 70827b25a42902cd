package vn.phoihop.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import vn.phoihop.activity.ActivityFixtures;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;

/**
 * Hostile files (issue 9 §4): mislabelled, oversized, empty and script-carrying uploads to every upload form, and
 * CSV/XLSX imports with formulas, broken encodings and broken archives. Never a 500, never markup that comes back
 * unescaped, nothing stored where refused; formulas that are stored as text come back neutralised in exports.
 */
@IntegrationTest
class HostileFilesTest {

	static final String HEADER = "thon_ban,chu_ho,so_nhan_khau,dan_toc,nhom_dia_phuong,so_dien_thoai,tinh_trang_ngheo,"
			+ "nam_thoat_ngheo,ghi_chu\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	ActivityFixtures fixtures;

	record HostileFile(String name, String contentType, byte[] content, boolean acceptable) {
	}

	static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static byte[] withHeader(byte[] header, int size) {
		byte[] b = new byte[size];
		System.arraycopy(header, 0, b, 0, header.length);
		return b;
	}

	/** Files an upload form must refuse (type checked by content) or may accept (a real PDF or PNG). */
	static List<HostileFile> uploads(int limit) {
		byte[] pdf = bytes("%PDF-1.4\n%hostile\n");
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 };
		return List.of(new HostileFile("bien-ban.pdf", "application/pdf", withHeader(bytes("MZ"), 4096), false),
				new HostileFile("anh.png", "image/png", bytes("<html><script>alert('xss')</script></html>"), false),
				new HostileFile("anh.png", "image/png", bytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"), false),
				new HostileFile("rong.pdf", "application/pdf", new byte[0], false),
				new HostileFile("nen.pdf", "application/pdf", withHeader(bytes("PK\u0003\u0004"), 512), false),
				new HostileFile("script.pdf", "application/pdf", bytes("#!/bin/sh\nrm -rf /\n"), false),
				new HostileFile("anh.jpg", "image/jpeg", withHeader(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }, limit + 1), false),
				new HostileFile("quy-che.pdf", "application/pdf", withHeader(pdf, limit + 1), false),
				new HostileFile("../../etc/passwd.pdf", "application/pdf", pdf, true),
				new HostileFile("<script>alert('xss')</script>.pdf", "application/pdf", pdf, true),
				new HostileFile("bien-ban.exe", "application/x-msdownload", pdf, true),
				new HostileFile("anh\u202Egnp.pdf", "image/png", png, true));
	}

	private MockHttpServletResponse send(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse();
	}

	private static void assertSafe(String what, MockHttpServletResponse r, List<String> problems) throws Exception {
		if (r.getStatus() >= 500) {
			problems.add(what + " → " + r.getStatus());
		}
		String body = r.getContentAsString(StandardCharsets.UTF_8);
		if (body.contains("<script>alert('xss')</script>") || body.contains("onload=\"alert(1)\"")) {
			problems.add(what + " → the markup came back unescaped");
		}
	}

	@Test
	void activityAttachmentsRefuseWhatIsNotAnImageOrPdfAndStoreNothingForIt() throws Exception {
		long activity = fixtures.patrol(users.load("xa.danhoa"), "DANHOA2025", "TRONGHOA",
				LocalDate.now().withDayOfMonth(1), ActivityFixtures.unique("Tệp độc hại")).getId();
		List<String> problems = new ArrayList<>();
		int accepted = 0;
		for (HostileFile f : uploads(10 * 1024 * 1024)) {
			int before = count("select count(*) from activity_attachment where activity_id = ?", activity);
			MockHttpServletResponse r = send(multipart("/activities/" + activity + "/attachments")
				.file(new MockMultipartFile("file", f.name(), f.contentType(), f.content()))
				.with(users.as("xa.danhoa")).with(csrf()));
			assertSafe("attachment " + f.name(), r, problems);
			int after = count("select count(*) from activity_attachment where activity_id = ?", activity);
			if (!f.acceptable() && after != before) {
				problems.add("attachment " + f.name() + " was stored");
			}
			accepted += after - before;
		}
		assertThat(accepted).as("the real PDF and PNG files whatever their names").isEqualTo(4);
		// names are shown escaped, and served back without a path
		MockHttpServletResponse page = send(get("/activities/" + activity).with(users.as("xa.danhoa")));
		assertSafe("activity page", page, problems);
		assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("_script_alert").contains("anhgnp.pdf")
			.doesNotContain("\u202E");
		for (Long id : jdbc.queryForList("select id from activity_attachment where activity_id = ?", Long.class,
				activity)) {
			MockHttpServletResponse file = send(
					get("/activities/" + activity + "/attachments/" + id).with(users.as("xa.danhoa")));
			assertThat(file.getStatus()).isEqualTo(200);
			assertThat(file.getContentType()).isIn("application/pdf", "image/png");
			assertThat(file.getHeader("Content-Disposition")).doesNotContain("../").doesNotContain("\u202E");
			assertThat(file.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void agreementScansRefuseWhatIsNotAScanAndStoreNothingForIt() throws Exception {
		long agreement = jdbc.queryForObject("""
				select min(a.id) from agreement a join border_post p on p.id = a.post_id where p.code = 'RAMAI'""",
				Long.class);
		jdbc.update("delete from agreement_scan where agreement_id = ?", agreement);
		List<String> problems = new ArrayList<>();
		for (HostileFile f : uploads(20 * 1024 * 1024)) {
			if (f.acceptable()) {
				continue; // a scan replaces the previous one: the refused files are the point here
			}
			MockHttpServletResponse r = send(multipart("/agreements/" + agreement + "/scan")
				.file(new MockMultipartFile("file", f.name(), f.contentType(), f.content()))
				.with(users.as("chihuy.ramai")).with(csrf()));
			assertSafe("scan " + f.name(), r, problems);
			if (count("select count(*) from agreement_scan where agreement_id = ?", agreement) != 0) {
				problems.add("scan " + f.name() + " was stored");
			}
		}
		assertThat(problems).isEmpty();
	}

	private static byte[] xlsx(String[][] rows, boolean formulas) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Workbook wb = new Workbook(out, "test", "1.0")) {
			Worksheet ws = wb.newWorksheet("Ho");
			for (int r = 0; r < rows.length; r++) {
				for (int c = 0; c < rows[r].length; c++) {
					String v = rows[r][c];
					if (formulas && v.startsWith("=")) {
						ws.formula(r, c, v.substring(1));
					}
					else {
						ws.value(r, c, v);
					}
				}
			}
		}
		return out.toByteArray();
	}

	private MockHttpServletResponse preview(String name, byte[] content) throws Exception {
		return send(multipart("/households/import").file(new MockMultipartFile("file", name, "text/csv", content))
			.with(users.as("xa.danhoa")).with(csrf()));
	}

	@Test
	void householdImportsOfBrokenFilesExplainWhatIsWrongAndImportNothing() throws Exception {
		String t = ActivityFixtures.unique("Hộ");
		String good = HEADER + "Bản Ra Mai,Hồ Văn Mã " + t + ",4,Chứt,,,POOR,,\n";
		String[][] header = { HEADER.trim().split(",") };
		List<Object[]> files = List.of(
				new Object[] { "windows-1258.csv", good.getBytes(Charset.forName("windows-1258")), "không ở dạng UTF-8" },
				new Object[] { "latin1.csv", good.getBytes(StandardCharsets.ISO_8859_1), "không ở dạng UTF-8" },
				new Object[] { "hong.csv", new byte[] { 't', 'h', 'o', 'n', (byte) 0xC3, 0x28, (byte) 0xFF, '\n' }, "không ở dạng UTF-8" },
				new Object[] { "utf16.csv", good.getBytes(StandardCharsets.UTF_16), null },
				new Object[] { "rong.csv", new byte[0], "Vui lòng chọn tệp" },
				new Object[] { "chi-tieu-de.csv", bytes(HEADER), "không có dòng dữ liệu" },
				new Object[] { "chuong-trinh.csv", withHeader(bytes("MZ"), 2048), null },
				new Object[] { "vo.xlsx", withHeader(bytes("PK\u0003\u0004"), 300), "Không đọc được tệp" },
				new Object[] { "that-ra-la-csv.xlsx", bytes(good), null },
				new Object[] { "chi-tieu-de.xlsx", xlsx(header, false), "không có dòng dữ liệu" },
				new Object[] { "o-rat-dai.csv", bytes(HEADER + "Bản Ra Mai," + "x".repeat(1024 * 1024) + ",4,Chứt,,,POOR,,\n"), null },
				new Object[] { "script.csv", bytes(HEADER + "<script>alert('xss')</script>,<script>alert('xss')</script>,4,Chứt,,,POOR,,\n"), null });
		List<String> problems = new ArrayList<>();
		long households = count("select count(*) from household");
		for (Object[] f : files) {
			MockHttpServletResponse r = preview((String) f[0], (byte[]) f[1]);
			assertSafe("import " + f[0], r, problems);
			String page = r.getContentAsString(StandardCharsets.UTF_8);
			if (f[2] != null && !page.contains((String) f[2])) {
				problems.add("import " + f[0] + " → no message \"" + f[2] + "\"");
			}
			if (page.contains("name=\"token\"") && !f[0].equals("that-ra-la-csv.xlsx") && !f[0].equals("utf16.csv")) {
				problems.add("import " + f[0] + " → offered to import a broken file");
			}
		}
		assertThat(problems).isEmpty();
		assertThat(count("select count(*) from household")).isEqualTo(households);
	}

	@Test
	void formulasInImportedFilesAreStoredAsTextAndNeutralisedInExports() throws Exception {
		String t = ActivityFixtures.unique("");
		String[] names = { "=HYPERLINK(\"http://x.example\",\"Bấm\")" + t, "+cmd|' /C calc'!A0" + t, "-2+3" + t,
				"@SUM(1+1)" + t };
		StringBuilder csv = new StringBuilder(HEADER);
		for (String name : names) {
			csv.append("Bản Ra Mai,\"").append(name.replace("\"", "\"\"")).append("\",3,Chứt,,,NOT_POOR,,\"=1+1\"\n");
		}
		MockHttpServletResponse preview = preview("cong-thuc.csv", bytes(csv.toString()));
		Matcher token = Pattern.compile("name=\"token\" value=\"([0-9a-f-]+)\"")
			.matcher(preview.getContentAsString(StandardCharsets.UTF_8));
		assertThat(token.find()).as(preview.getContentAsString(StandardCharsets.UTF_8)).isTrue();
		assertThat(send(post("/households/import/confirm").param("token", token.group(1)).with(users.as("xa.danhoa"))
			.with(csrf())).getStatus()).isEqualTo(302);
		for (String name : names) {
			assertThat(count("select count(*) from household where head_name = ?", name)).as(name).isEqualTo(1);
		}

		// an XLSX whose cells are real formulas: the formula text is never evaluated into the record
		String[][] rows = { HEADER.trim().split(","),
				{ "Bản Ra Mai", "Hồ Văn Công Thức " + t, "=2+2", "Chứt", "", "", "NOT_POOR", "", "" } };
		MockHttpServletResponse formulaPreview = preview("cong-thuc.xlsx", xlsx(rows, true));
		assertSafe("xlsx with formulas", formulaPreview, new ArrayList<>());
		assertThat(formulaPreview.getStatus()).isLessThan(500);

		String export = send(get("/households/export").param("q", t).with(users.as("xa.danhoa")))
			.getContentAsString(StandardCharsets.UTF_8);
		for (String line : export.split("\r\n")) {
			for (String cell : line.split(",")) {
				String c = cell.startsWith("\"") ? cell.substring(1) : cell;
				assertThat(c).as("an exported cell never starts a formula: " + line).doesNotStartWith("=")
					.doesNotStartWith("+").doesNotStartWith("@");
			}
		}
		assertThat(export).contains("'=HYPERLINK").contains("'+cmd").contains("'-2+3").contains("'@SUM");
	}

	private int count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Integer.class, args);
	}

}
