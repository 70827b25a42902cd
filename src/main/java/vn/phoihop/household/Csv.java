package vn.phoihop.household;

import java.util.ArrayList;
import java.util.List;

/** Minimal RFC 4180 CSV parsing (quotes, commas or semicolons, CRLF) for the import; exports write with shared.export.CsvWriter. */
final class Csv {

	private Csv() {
	}

	/** All records of a CSV text (separator ',' or ';', guessed from the header line). */
	static List<List<String>> parse(String text) {
		String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
		int firstLineEnd = s.indexOf('\n');
		String first = firstLineEnd < 0 ? s : s.substring(0, firstLineEnd);
		char sep = first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';'
				: ',';
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < s.length(); i++) {
			char ch = s.charAt(i);
			if (quoted) {
				if (ch == '"') {
					if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
						cell.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					cell.append(ch);
				}
			}
			else if (ch == '"') {
				quoted = true;
			}
			else if (ch == sep) {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (ch == '\n' || ch == '\r') {
				if (ch == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else {
				cell.append(ch);
			}
		}
		if (cell.length() > 0 || !row.isEmpty()) {
			row.add(cell.toString());
			rows.add(row);
		}
		return rows;
	}

}
