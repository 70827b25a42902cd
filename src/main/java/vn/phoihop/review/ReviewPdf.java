package vn.phoihop.review;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.phoihop.agreement.ContentArea;
import vn.phoihop.shared.export.PdfRenderer;

/**
 * Prints a concluded month as a Party document (Hướng dẫn 36-HD/VPTW layout): the XHTML template review/pdf,
 * rendered by the shared {@link PdfRenderer} (XML mode, DejaVu Sans bundled for the Vietnamese glyphs).
 */
@Component
class ReviewPdf {

	private final PdfRenderer renderer;

	ReviewPdf(PdfRenderer renderer) {
		this.renderer = renderer;
	}

	byte[] render(ReviewMonthPage.MonthView view, Locale locale) {
		return renderer.render("review/pdf",
				Map.of("view", view, "contentAreas", ContentArea.values()), locale);
	}

}
