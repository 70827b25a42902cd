package vn.phoihop.household;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import vn.phoihop.shared.export.CsvWriter;

/**
 * The household import's files: reading a CSV (UTF-8, or UTF-16 with its mark; comma or semicolon) or an XLSX into
 * rows of cells, and the templates to fill in. What the rows mean is {@link HouseholdImportService}'s.
 */
final class HouseholdImportFiles {

	/** The template's columns, in order. */
	static final List<String> COLUMNS = List.of("thon_ban", "chu_ho", "so_nhan_khau", "dan_toc", "nhom_dia_phuong",
			"so_dien_thoai", "tinh_trang_ngheo", "nam_thoat_ngheo", "ghi_chu");

	private HouseholdImportFiles() {
	}

	static List<List<String>> read(byte[] content) {
		if (content.length >= 2 && content[0] == 'P' && content[1] == 'K') {
			return readXlsx(content);
		}
		return Csv.parse(text(content));
	}

	/** A CSV that is not UTF-8 (Excel's "CSV" in a Windows code page) would import as garbled names: refused. */
	static final class NotUtf8 extends RuntimeException {

		NotUtf8() {
			super(null, null, false, false);
		}

	}

	private static String text(byte[] content) {
		if (content.length >= 2 && ((content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)
				|| (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF))) {
			return new String(content, StandardCharsets.UTF_16); // "Unicode text", BOM-marked
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new NotUtf8();
		}
	}

	private static List<List<String>> readXlsx(byte[] content) {
		List<List<String>> table = new ArrayList<>();
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(content));
				Stream<Row> rows = wb.getFirstSheet().openStream()) {
			rows.forEach(r -> {
				while (table.size() < r.getRowNum() - 1) {
					table.add(List.of());
				}
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < r.getCellCount(); i++) {
					var c = r.getCell(i);
					cells.add(c == null ? null : c.getText());
				}
				table.add(cells);
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return table;
	}


	/** The template's header: the household's columns, then the member columns (optional). */
	static List<String> header() {
		List<String> all = new ArrayList<>(COLUMNS);
		all.addAll(MemberImport.COLUMNS);
		return all;
	}

	/**
	 * The example: a household with its three members (the first on the household's row, the others below it with
	 * the household's columns empty), then a household that keeps only its count.
	 */
	static final List<List<String>> EXAMPLE = List.of(
			List.of("Bản Ra Mai", "Hồ Văn Mẫu", "", "Chứt", "Rục", "0912345678", "POOR", "", "", "Hồ Văn Mẫu", "1985",
					"Nam", "Chủ hộ", ""),
			List.of("", "", "", "", "", "", "", "", "", "Hồ Thị Mẫu", "1988", "Nữ", "Vợ/chồng", ""),
			List.of("", "", "", "", "", "", "", "", "", "Hồ Văn Học", "2014", "Nam", "Con", "Tiểu học"),
			List.of("Bản Ra Mai", "Đinh Thị Mẫu", "4", "Chứt", "", "", "NEAR_POOR", "", "", "", "", "", "", ""));

	/** The import's columns and the example rows, as the file to fill in. */
	static void templateCsv(CsvWriter out) {
		out.row(header());
		EXAMPLE.forEach(out::row);
		out.flush();
	}

	static byte[] templateXlsx() {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Workbook wb = new Workbook(out, "PhoiHop", "1.0");
			Worksheet ws = wb.newWorksheet("HoGiaDinh");
			List<String> header = header();
			for (int c = 0; c < header.size(); c++) {
				ws.value(0, c, header.get(c));
			}
			for (int r = 0; r < EXAMPLE.size(); r++) {
				List<String> row = EXAMPLE.get(r);
				for (int c = 0; c < row.size(); c++) {
					String v = row.get(c);
					if (v.isEmpty()) {
						continue;
					}
					if (c == 2 || c == COLUMNS.size() + 1) { // so_nhan_khau, nam_sinh: numbers, as typed in Excel
						ws.value(r + 1, c, Integer.valueOf(v));
					}
					else {
						ws.value(r + 1, c, v);
					}
				}
			}
			wb.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
