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

}
