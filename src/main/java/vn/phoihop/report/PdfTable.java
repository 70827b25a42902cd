package vn.phoihop.report;

import java.util.ArrayList;
import java.util.List;

import vn.phoihop.report.ReportFiles.Table;

/**
 * How a section's table is laid out in the PDF (report/pdf.html): its columns' widths, which columns hold figures or
 * single words, and the height its start needs on a page. Fixed widths from what the columns hold, because the
 * renderer's automatic widths squeezed every column but one long text column into a word a line (a province's list
 * of communes, long indicators). All in characters of the table's 8.5 pt DejaVu Sans, about 1.65 mm each on average
 * (bold headers, capitals and digits wider), over the 175 mm between the page's margins.
 */
public record PdfTable(Table table, List<Integer> widths, List<Boolean> numeric, List<Boolean> words, double startCm) {

	private static final double LINE_CHARS = 175 / 1.65;

	static List<PdfTable> of(List<Table> tables) {
		return tables.stream().map(PdfTable::of).toList();
	}

	static PdfTable of(Table t) {
		List<Integer> widths = widths(t);
		return new PdfTable(t, widths, t.numericColumns(),
				t.columns(values -> !values.isEmpty() && values.stream()
					.allMatch(v -> v instanceof String s && !s.isBlank() && s.indexOf(' ') < 0)),
				startCm(t, widths));
	}

	/** Whether a cell is a figure (aligned right, never broken). */
	public boolean number(Object cell) {
		return cell instanceof Number;
	}

	/**
	 * A column is as wide as its longest word or figure (never broken; counted wide, with the cell's padding), else as
	 * its cells' average length, up to 40 characters, and at least two fifths of its header (which then wraps over
	 * about three lines); in per cent of the table's width.
	 */
	static List<Integer> widths(Table t) {
		double[] weights = new double[t.headers().size()];
		double sum = 0;
		for (int c = 0; c < weights.length; c++) {
			List<String> texts = texts(t, c);
			int longest = longestWord(t.headers().get(c));
			for (String text : texts) {
				longest = Math.max(longest, longestWord(text));
			}
			double average = texts.stream().mapToInt(String::length).average().orElse(0);
			weights[c] = Math.max(longest * 1.5 + 3, Math.min(40, Math.max(average, t.headers().get(c).length() / 2.5)));
			sum += weights[c];
		}
		List<Integer> widths = new ArrayList<>();
		for (double w : weights) {
			widths.add((int) Math.floor(w * 100 / sum));
		}
		return widths;
	}

	/**
	 * The height the section's start needs, generously estimated: its title, its note, its header and its first row
	 * (both rows of a table of two, which are kept together) (their lines at these widths, words wrapping a fifth wider than their length), plus a margin. The title is
	 * placed on a new page when less is left ({@code -fs-page-break-min-height}), so a title never stays at the foot
	 * of a page without its table's first row: the renderer would leave the header there alone, and cannot keep a
	 * title with what follows it ({@code page-break-after: avoid} has no effect).
	 */
	static double startCm(Table t, List<Integer> widths) {
		double mm = 10 + 6; // the title with its margins, and a margin of error
		if (t.note() != null) {
			mm += Math.ceil(t.note().length() * 1.2 / 113) * 3.4 + 1.5;
		}
		mm += lines(t.headers(), widths, 1.15) * 3.6 + 1.5;
		// its first row; a table of one or two rows is one body kept together (pdf.html), so all of it
		for (List<Object> row : t.rows().size() <= 2 ? t.rows() : t.rows().subList(0, 1)) {
			mm += lines(row.stream().map(PdfTable::text).toList(), widths, 1) * 3.6 + 1.5;
		}
		return Math.ceil(mm) / 10;
	}

	/** The lines of the tallest cell of a row at these widths ({@code wide}: characters wider, as bold ones are). */
	private static int lines(List<String> cells, List<Integer> widths, double wide) {
		int lines = 1;
		for (int c = 0; c < cells.size() && c < widths.size(); c++) {
			double chars = Math.max(1, widths.get(c) * LINE_CHARS / 100 - 2);
			lines = Math.max(lines, (int) Math.ceil(cells.get(c).length() * 1.2 * wide / chars));
		}
		return lines;
	}

	private static List<String> texts(Table t, int column) {
		return t.rows().stream().map(row -> column < row.size() ? text(row.get(column)) : "").toList();
	}

	/** A cell as printed, as far as its length goes: a figure with its digit groups. */
	private static String text(Object cell) {
		if (cell instanceof Number n) {
			String digits = String.valueOf(Math.abs(n.longValue()));
			return digits + ".".repeat((digits.length() - 1) / 3);
		}
		return String.valueOf(cell);
	}

	private static int longestWord(String text) {
		int longest = 0;
		for (String word : text.split("\\s+")) {
			longest = Math.max(longest, word.length());
		}
		return longest;
	}

}
