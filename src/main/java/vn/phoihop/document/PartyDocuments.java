package vn.phoihop.document;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import vn.phoihop.shared.export.PdfRenderer;
import vn.phoihop.shared.export.PdfRenderer.Typeface;

/**
 * Renders Party documents (the form: docs/documents.md) to the bytes of a PDF. Documents are always issued in
 * Vietnamese, whatever the language of the page that asked for one: the header, the body's messages and the
 * signature are resolved in {@link #VIETNAMESE}. The bytes returned are what a register of issued documents keeps.
 */
@Service
public class PartyDocuments {

	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	/** The layout template: header, type and subject, the body's fragment, signature and recipients. */
	static final String TEMPLATE = "document/party";

	private final PdfRenderer renderer;

	private final MessageSource messages;

	PartyDocuments(PdfRenderer renderer, MessageSource messages) {
		this.renderer = renderer;
		this.messages = messages;
	}

	/** The document as a PDF, in Liberation Serif only, in Vietnamese. */
	public byte[] render(PartyDocument document) {
		Map<String, Object> variables = new HashMap<>(document.body());
		variables.put("doc", document);
		variables.put("text", new PartyText(document.keepTogether()));
		return renderer.render(TEMPLATE, variables, VIETNAMESE, Typeface.SERIF);
	}

	/** A message as the documents say it (Vietnamese, whatever the interface's language). */
	public String message(String key, Object... args) {
		return messages.getMessage(key, args, VIETNAMESE);
	}

}
