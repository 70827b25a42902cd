package vn.phoihop.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Prints a concluded month as a Party document (Hướng dẫn 36-HD/VPTW layout) with openhtmltopdf: the XHTML template
 * review/pdf is processed in XML mode (so the output is well-formed), with DejaVu Sans bundled for the Vietnamese
 * glyphs (licence in resources/fonts).
 */
@Component
class ReviewPdf {

	static final String FONT = "DejaVu Sans";

	private final ITemplateEngine templates;

	ReviewPdf(ITemplateEngine templates) {
		this.templates = templates;
	}

	byte[] render(ReviewService.MonthView view, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("view", view);
		context.setVariable("contentAreas", vn.phoihop.agreement.ContentArea.values());
		String xhtml = templates.process(new TemplateSpec("review/pdf", Set.of(), TemplateMode.XML, null), context);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> font("fonts/DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> font("fonts/DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static java.io.InputStream font(String path) {
		try {
			return new ClassPathResource(path).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
