package vn.phoihop.shared.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Every CSV export, one way: UTF-8 with a byte-order mark (so spreadsheets read Vietnamese), CRLF line ends, each
 * cell through {@link #cell}, written as it is produced (a long export is streamed to the browser, never held whole
 * in memory). I/O failures surface unchecked: the response is already under way.
 */
public final class CsvWriter {

	private final Writer out;

	private CsvWriter(Writer out) {
		this.out = out;
		write("\uFEFF");
	}

	/** A CSV download: its headers set on the response, the rows written into the response's body. */
	public static CsvWriter attachment(HttpServletResponse response, String filename) {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
		try {
			return new CsvWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** CSV into any writer (a test, a string). */
	public static CsvWriter to(Writer out) {
		return new CsvWriter(out);
	}

	/** One row; {@code null} cells are empty, others are written as their text. */
	public CsvWriter row(List<?> cells) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				sb.append(',');
			}
			sb.append(cell(cells.get(i)));
		}
		write(sb.append("\r\n").toString());
		return this;
	}

	public void flush() {
		try {
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The one CSV cell function: neutralised when a spreadsheet would read it as a formula ({@link Spreadsheet#safe}:
	 * a leading = + - @, tab or carriage return), then quoted when it holds a separator, a quote or a line break.
	 */
	public static String cell(Object value) {
		String v = Spreadsheet.safe(value == null ? null : value.toString());
		if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
			v = "\"" + v.replace("\"", "\"\"") + "\"";
		}
		return v;
	}

	private void write(String s) {
		try {
			out.write(s);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
