package vn.phoihop.document;

import java.io.IOException;
import java.io.StringWriter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF read back as lines of text with where they are (in points from the page's top left) and in which fonts and
 * sizes, for the tests of the documents' form.
 */
public final class PdfLines {

	public static final float MM = 72f / 25.4f;

	/** One line as PDFBox's text stripper writes it. */
	public record Line(int page, String text, float left, float right, float top, float bottom, Set<Float> sizes,
			Set<String> fonts) {

		public float centre() {
			return (left + right) / 2;
		}

		public boolean bold() {
			return fonts.stream().allMatch(f -> f.contains("Bold"));
		}

		public boolean italic() {
			return fonts.stream().allMatch(f -> f.contains("Italic"));
		}

		/** The one size of the line's glyphs (rounded to a tenth of a point), or fails if it has several. */
		public float size() {
			if (sizes.size() != 1) {
				throw new AssertionError("line \"" + text + "\" has sizes " + sizes);
			}
			return sizes.iterator().next();
		}

	}

	private PdfLines() {
	}

	/**
	 * The lines of the document, page by page, top to bottom, left to right: the words PDFBox finds, joined when on
	 * one baseline with less than 10 pt between two glyphs (so the two columns of a header are two lines).
	 */
	public static List<Line> of(PDDocument doc) throws IOException {
		List<List<TextPosition>> words = new ArrayList<>();
		List<Integer> pages = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {

			@Override
			protected void writeString(String text, List<TextPosition> positions) {
				List<TextPosition> glyphs = positions.stream().filter(p -> !p.getUnicode().isBlank()).toList();
				if (!glyphs.isEmpty()) {
					words.add(glyphs);
					pages.add(getCurrentPageNo());
				}
			}

		};
		stripper.setSortByPosition(true);
		stripper.writeText(doc, new StringWriter());
		List<Line> lines = new ArrayList<>();
		List<TextPosition> current = new ArrayList<>();
		int currentPage = 0;
		for (int i = 0; i < words.size(); i++) {
			for (TextPosition glyph : words.get(i)) {
				if (!current.isEmpty()) {
					TextPosition last = current.get(current.size() - 1);
					boolean sameLine = pages.get(i) == currentPage
							&& Math.abs(glyph.getYDirAdj() - last.getYDirAdj()) < 2
							&& glyph.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj()) < 10
							&& glyph.getXDirAdj() > last.getXDirAdj();
					if (!sameLine) {
						lines.add(line(currentPage, current));
						current = new ArrayList<>();
					}
				}
				currentPage = pages.get(i);
				current.add(glyph);
			}
		}
		if (!current.isEmpty()) {
			lines.add(line(currentPage, current));
		}
		return lines;
	}

	private static Line line(int page, List<TextPosition> glyphs) {
		float left = Float.MAX_VALUE, right = 0, top = Float.MAX_VALUE, bottom = 0;
		Set<Float> sizes = new TreeSet<>();
		Set<String> fonts = new TreeSet<>();
		StringBuilder text = new StringBuilder();
		TextPosition previous = null;
		for (TextPosition p : glyphs) {
			if (previous != null && p.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj()) > 1) {
				text.append(' ');
			}
			text.append(p.getUnicode());
			previous = p;
			left = Math.min(left, p.getXDirAdj());
			right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
			top = Math.min(top, p.getYDirAdj() - p.getHeightDir());
			bottom = Math.max(bottom, p.getYDirAdj());
			// the size the text is drawn at (the font size times the text matrix's scale), to a tenth of a point
			sizes.add(Math.round(p.getYScale() * 10) / 10f);
			fonts.add(p.getFont().getName());
		}
		return new Line(page, Normalizer.normalize(text.toString(), Normalizer.Form.NFC), left, right, top, bottom,
				sizes, fonts);
	}

	/** The names of the fonts of every page (embedded subsets are named "ABCDEF+Name"). */
	public static Set<String> fonts(PDDocument doc) throws IOException {
		Set<String> names = new TreeSet<>();
		for (PDPage page : doc.getPages()) {
			PDResources resources = page.getResources();
			for (COSName name : resources.getFontNames()) {
				PDFont font = resources.getFont(name);
				names.add(font.getName() + (font.isEmbedded() ? "" : " (not embedded)"));
			}
		}
		return names;
	}

}
