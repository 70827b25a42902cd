package vn.phoihop.activity;

import java.util.List;

/** CSV cells: quoted when needed; a cell that a spreadsheet would read as a formula is neutralised. */
final class Csv {

	private Csv() {
	}

	static String row(List<String> cells) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				sb.append(',');
			}
			sb.append(cell(cells.get(i)));
		}
		return sb.append("\r\n").toString();
	}

	static String cell(String value) {
		String v = value == null ? "" : value;
		if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
			v = "'" + v;
		}
		if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
			v = "\"" + v.replace("\"", "\"\"") + "\"";
		}
		return v;
	}

}
