package vn.phoihop.shared.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
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
 * Renders an XHTML Thymeleaf template (processed in XML mode, so the output is well-formed) to PDF with
 * openhtmltopdf, with one bundled typeface that has every Vietnamese glyph (licences in resources/fonts): DejaVu
 * Sans for the reports, Liberation Serif for the Party documents. Only the chosen typeface is registered, so no
 * other font can slip into the file.
 */
@Component
public class PdfRenderer {

	public static final String FONT = "DejaVu Sans";

	/** The typefaces a template may ask for (its CSS names the family). */
	public enum Typeface {

		/** DejaVu Sans, regular and bold: the reports. */
		SANS(FONT, "fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf", null, null),

		/** Liberation Serif 2 (metric-compatible with Times New Roman), four faces: the Party documents. */
		SERIF("Liberation Serif", "fonts/LiberationSerif-Regular.ttf", "fonts/LiberationSerif-Bold.ttf",
				"fonts/LiberationSerif-Italic.ttf", "fonts/LiberationSerif-BoldItalic.ttf");

		private final String family;

		private final String regular;

		private final String bold;

		private final String italic;

		private final String boldItalic;

		Typeface(String family, String regular, String bold, String italic, String boldItalic) {
			this.family = family;
			this.regular = regular;
			this.bold = bold;
			this.italic = italic;
			this.boldItalic = boldItalic;
		}

		public String family() {
			return family;
		}

		void register(PdfRendererBuilder builder) {
			builder.useFont(() -> font(regular), family, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> font(bold), family, 700, FontStyle.NORMAL, true);
			if (italic != null) {
				builder.useFont(() -> font(italic), family, 400, FontStyle.ITALIC, true);
				builder.useFont(() -> font(boldItalic), family, 700, FontStyle.ITALIC, true);
			}
		}

	}

	private final ITemplateEngine templates;

	PdfRenderer(ITemplateEngine templates) {
		this.templates = templates;
	}

	public byte[] render(String template, Map<String, Object> variables, Locale locale) {
		return render(template, variables, locale, Typeface.SANS);
	}

	public byte[] render(String template, Map<String, Object> variables, Locale locale, Typeface typeface) {
		Context context = new Context(locale, variables);
		String xhtml = templates.process(new TemplateSpec(template, Set.of(), TemplateMode.XML, null), context);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			typeface.register(builder);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream font(String path) {
		try {
			return new ClassPathResource(path).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
