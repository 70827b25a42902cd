package vn.phoihop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The report's files as a user reads them: the CSV's sections, and the PDF's text page by page. */
final class ReportTables {

	/** A section of the CSV: its title, its headers, its rows, and the note under it (or null). */
	record Section(String title, List<String> headers, List<List<String>> rows, String note) {

		List<String> column(int c) {
			return rows.stream().map(r -> r.get(c)).toList();
		}

	}

	private static final Locale VI = Locale.forLanguageTag("vi");

	private ReportTables() {
	}

	/** The CSV's sections: a title row, a header row, the rows, a one-cell note if any, and an empty row. */
	static List<Section> csv(String text) {
		List<List<String>> lines = parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
		List<Section> sections = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String title = lines.get(i).get(0);
			List<String> headers = lines.get(i + 1);
			List<List<String>> rows = new ArrayList<>();
			String note = null;
			int j = i + 2;
			for (; j < lines.size() && !(lines.get(j).size() == 1 && lines.get(j).get(0).isEmpty()); j++) {
				if (lines.get(j).size() == 1 && headers.size() > 1) {
					note = lines.get(j).get(0);
				}
				else {
					rows.add(lines.get(j));
				}
			}
			sections.add(new Section(title, headers, rows, note));
			i = j;
		}
		return sections;
	}

	/** RFC 4180: fields separated by commas, quoted when needed, quotes doubled, rows ended by CRLF. */
	private static List<List<String>> parse(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n') {
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else if (c != '\r') {
				field.append(c);
			}
		}
		return rows;
	}

	/** Each page's text, its white space (line ends within cells included) made single spaces. */
	static List<String> pdfPages(byte[] pdf) {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			List<String> pages = new ArrayList<>();
			for (int p = 1; p <= doc.getNumberOfPages(); p++) {
				PDFTextStripper stripper = new PDFTextStripper();
				stripper.setStartPage(p);
				stripper.setEndPage(p);
				pages.add(words(stripper.getText(doc)));
			}
			return pages;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String words(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

	/** A row as the Vietnamese PDF prints it: its cells in order, whole numbers grouped by dots ("3.600"). */
	static String printed(List<String> cells) {
		List<String> out = new ArrayList<>();
		for (String cell : cells) {
			out.add(cell.matches("-?\\d+") ? String.format(VI, "%,d",
					Long.parseLong(cell)) : words(cell));
		}
		return String.join(" ", out);
	}

	static Section section(List<Section> sections, String title) {
		return sections.stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow();
	}

	static long number(String cell) {
		assertThat(cell).as("a number").matches("\\d+");
		return Long.parseLong(cell);
	}

}
