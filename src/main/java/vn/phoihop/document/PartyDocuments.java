package vn.phoihop.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import vn.phoihop.shared.export.PdfRenderer;
import vn.phoihop.shared.export.PdfRenderer.Typeface;
import vn.phoihop.territory.BorderPost;

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

	/**
	 * The header of a post's Party committee: the superior committee ("ĐẢNG BỘ" and the province's command, in the
	 * groups a line may break between), the issuing committee ("ĐẢNG ỦY", the post's name), and the place printed
	 * before the date (the post's name without "Đồn Biên phòng": "Ra Mai").
	 */
	public record Header(List<String> superior, List<String> committee, String place) {
	}

	public Header header(BorderPost post) {
		List<String> superior = new ArrayList<>();
		superior.add(message("document.superior"));
		PartyText.groups(post.getProvincialCommand()).forEach(g -> superior.add(PartyText.upper(g)));
		return new Header(superior, List.of(message("document.committee"), PartyText.upper(post.getName())),
				place(post));
	}

	/** "Ra Mai" for "Đồn Biên phòng Ra Mai": the place printed before the date. */
	public static String place(BorderPost post) {
		return post.getName().replaceFirst("(?iu)^đồn biên phòng\\s+", "");
	}

	/** A message as the documents say it (Vietnamese, whatever the interface's language). */
	public String message(String key, Object... args) {
		return messages.getMessage(key, args, VIETNAMESE);
	}

}
