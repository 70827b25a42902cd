package vn.phoihop.document;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.springframework.core.io.ClassPathResource;

/**
 * The visible stamp of a signature: a box in the space the signature block leaves for the seal and the hand's
 * signature (between the signer's function and name, docs/documents.md), saying in Vietnamese who signed (the
 * certificate's common name) and when, in Liberation Serif like the document. Its place is found on the last page by
 * the words that open every Party committee's signature block, "T/M" (thay mặt): under the line that follows them.
 * A page without them (none of ours) gets the stamp in its bottom margin, left of the page number.
 */
final class SignatureStamp {

	static final float MM = 72f / 25.4f;

	/** The box's width; its height at most {@link #HEIGHT} (the seal's space is 25 mm). */
	static final float WIDTH = 78 * MM;

	static final float HEIGHT = 22 * MM;

	private static final float PADDING = 2 * MM;

	/** The dark blue of the stamp; a demo stamp is red. */
	private static final Color INK = new Color(0, 45, 140);

	private static final Color DEMO_INK = new Color(190, 0, 0);

	/**
	 * What the stamp says: "signed by", the signer (in bold), the time, and for a demo certificate the words saying
	 * so (null otherwise), in bold.
	 */
	record Text(String signedBy, String signer, String time, String demoNote) {

		boolean demo() {
			return demoNote != null;
		}

	}

	/** A line of the page: its text and extent, in points from the page's top left. */
	private record Line(String text, float left, float right, float top, float bottom) {

		float centre() {
			return (left + right) / 2;
		}

	}

	private SignatureStamp() {
	}

	/** Where the stamp goes on the page (PDF coordinates: from the bottom left). */
	static PDRectangle place(PDDocument doc, int pageIndex) throws IOException {
		PDPage page = doc.getPage(pageIndex);
		float pageWidth = page.getMediaBox().getWidth();
		float pageHeight = page.getMediaBox().getHeight();
		List<Line> lines = lines(doc, pageIndex + 1);
		int onBehalf = -1;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).text().startsWith("T/M")) {
				onBehalf = i;
			}
		}
		if (onBehalf >= 0) {
			Line tm = lines.get(onBehalf);
			List<Line> column = lines.stream()
				.filter(l -> l.top() > tm.bottom() && Math.abs(l.centre() - tm.centre()) < 25 * MM)
				.sorted((a, b) -> Float.compare(a.top(), b.top()))
				.toList();
			if (!column.isEmpty()) {
				float top = column.get(0).bottom() + 4;
				float limit = column.size() > 1 ? column.get(1).top() - 2 : top + HEIGHT;
				float height = Math.min(HEIGHT, limit - top);
				if (height >= 12 * MM) {
					float left = Math.max(pageWidth / 2, Math.min(tm.centre() - WIDTH / 2, pageWidth - 15 * MM - WIDTH));
					return new PDRectangle(left, pageHeight - top - height, WIDTH, height);
				}
			}
		}
		return new PDRectangle(30 * MM, 3 * MM, WIDTH, 16 * MM);
	}

	/** The page's lines: glyphs on one baseline with less than 10 pt between them (two columns are two lines). */
	private static List<Line> lines(PDDocument doc, int pageNumber) throws IOException {
		List<TextPosition> glyphs = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {

			@Override
			protected void writeString(String text, List<TextPosition> positions) {
				positions.stream().filter(p -> !p.getUnicode().isBlank()).forEach(glyphs::add);
			}

		};
		stripper.setSortByPosition(true);
		stripper.setStartPage(pageNumber);
		stripper.setEndPage(pageNumber);
		stripper.writeText(doc, new StringWriter());
		List<Line> lines = new ArrayList<>();
		List<TextPosition> current = new ArrayList<>();
		for (TextPosition g : glyphs) {
			if (!current.isEmpty()) {
				TextPosition last = current.get(current.size() - 1);
				if (Math.abs(g.getYDirAdj() - last.getYDirAdj()) >= 2
						|| g.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj()) >= 10
						|| g.getXDirAdj() <= last.getXDirAdj()) {
					lines.add(line(current));
					current = new ArrayList<>();
				}
			}
			current.add(g);
		}
		if (!current.isEmpty()) {
			lines.add(line(current));
		}
		return lines;
	}

	private static Line line(List<TextPosition> glyphs) {
		StringBuilder text = new StringBuilder();
		float left = Float.MAX_VALUE, right = 0, top = Float.MAX_VALUE, bottom = 0;
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
		}
		return new Line(text.toString().strip(), left, right, top, bottom);
	}

	/**
	 * A one-page document holding a signature field whose widget, at {@code rect} on a page the size of
	 * {@code page}, draws the stamp: what {@code SignatureOptions.setVisualSignature} takes. Saving it embeds the
	 * subsets of the two faces of Liberation Serif the stamp uses.
	 */
	static byte[] appearance(PDPage page, PDRectangle rect, Text text) throws IOException {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.addPage(new PDPage(page.getMediaBox()));
			PDAcroForm form = new PDAcroForm(doc);
			doc.getDocumentCatalog().setAcroForm(form);
			PDSignatureField field = new PDSignatureField(form);
			PDAnnotationWidget widget = field.getWidgets().get(0);
			form.setSignaturesExist(true);
			form.setAppendOnly(true);
			form.getCOSObject().setDirect(true);
			form.getFields().add(field);
			widget.setRectangle(rect);

			PDFormXObject xobject = new PDFormXObject(new PDStream(doc));
			xobject.setResources(new PDResources());
			xobject.setFormType(1);
			xobject.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
			PDAppearanceDictionary appearance = new PDAppearanceDictionary();
			appearance.getCOSObject().setDirect(true);
			PDAppearanceStream stream = new PDAppearanceStream(xobject.getCOSObject());
			appearance.setNormalAppearance(stream);
			widget.setAppearance(appearance);

			PDFont regular = font(doc, "fonts/LiberationSerif-Regular.ttf");
			PDFont bold = font(doc, "fonts/LiberationSerif-Bold.ttf");
			try (PDPageContentStream cs = new PDPageContentStream(doc, stream)) {
				draw(cs, rect.getWidth(), rect.getHeight(), regular, bold, text);
			}
			doc.save(out);
			return out.toByteArray();
		}
	}

	private static void draw(PDPageContentStream cs, float width, float height, PDFont regular, PDFont bold, Text text)
			throws IOException {
		Color ink = text.demo() ? DEMO_INK : INK;
		cs.setStrokingColor(ink);
		cs.setLineWidth(1f);
		cs.addRect(0.5f, 0.5f, width - 1, height - 1);
		cs.stroke();
		// the largest size from 10 pt down at which every line fits in the box
		float size = 10f;
		List<Object[]> lines;
		while (true) {
			lines = new ArrayList<>();
			float room = width - 2 * PADDING;
			for (String l : wrap(text.signedBy(), regular, size, room)) {
				lines.add(new Object[] { l, regular });
			}
			for (String l : wrap(text.signer(), bold, size, room)) {
				lines.add(new Object[] { l, bold });
			}
			for (String l : wrap(text.time(), regular, size, room)) {
				lines.add(new Object[] { l, regular });
			}
			if (text.demo()) {
				for (String l : wrap(text.demoNote(), bold, size, room)) {
					lines.add(new Object[] { l, bold });
				}
			}
			if (lines.size() * size * 1.2f <= height - 2 * PADDING || size <= 6f) {
				break;
			}
			size -= 0.5f;
		}
		float leading = size * 1.2f;
		float y = height - PADDING - (height - 2 * PADDING - lines.size() * leading) / 2 - size;
		cs.setNonStrokingColor(ink);
		for (Object[] l : lines) {
			String s = (String) l[0];
			PDFont f = (PDFont) l[1];
			float w = f.getStringWidth(s) / 1000 * size;
			cs.beginText();
			cs.setFont(f, size);
			cs.newLineAtOffset((width - w) / 2, y);
			cs.showText(s);
			cs.endText();
			y -= leading;
		}
	}

	/** The text broken between words into lines no wider than {@code room}. */
	static List<String> wrap(String text, PDFont font, float size, float room) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.strip().split("\\s+")) {
			String tried = line.isEmpty() ? word : line + " " + word;
			if (!line.isEmpty() && font.getStringWidth(tried) / 1000 * size > room) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			}
			else {
				line = new StringBuilder(tried);
			}
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	/** The two faces' files, read once from the classpath (each stamp parses and subsets them anew). */
	private static final Map<String, byte[]> FONTS = new ConcurrentHashMap<>();

	private static PDFont font(PDDocument doc, String path) throws IOException {
		byte[] bytes = FONTS.get(path);
		if (bytes == null) {
			try (InputStream in = new ClassPathResource(path).getInputStream()) {
				bytes = in.readAllBytes();
			}
			FONTS.put(path, bytes);
		}
		return PDType0Font.load(doc, new ByteArrayInputStream(bytes), true);
	}

}
