package vn.phoihop.shared.export;

/** Cells that a spreadsheet would read as a formula (= + - @, tab, CR) are neutralised with a leading quote. */
public final class Spreadsheet {

	private Spreadsheet() {
	}

	public static String safe(String value) {
		if (value == null || value.isEmpty()) {
			return value == null ? "" : value;
		}
		return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
	}

	/** One CSV cell: neutralised, then quoted when it holds a separator, a quote or a line break. */
	public static String csvCell(String value) {
		String v = safe(value);
		if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
			v = "\"" + v.replace("\"", "\"\"") + "\"";
		}
		return v;
	}

}
