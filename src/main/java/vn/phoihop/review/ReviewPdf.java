package vn.phoihop.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.phoihop.agreement.ContentArea;
import vn.phoihop.document.PartyDocument;
import vn.phoihop.document.PartyDocument.Signature;
import vn.phoihop.document.PartyDocuments;
import vn.phoihop.document.PartyText;

/**
 * Prints a concluded month as a Party document, "KẾT LUẬN" of the post's Party committee: the header, signer and
 * recipients here, the body in the template review/pdf (fragment {@code content}: the month's situation first,
 * {@link MonthSituation}), the form in the document module
 * ({@link PartyDocuments}: always Vietnamese, Liberation Serif). The bytes are the document as issued.
 */
@Component
class ReviewPdf {

	/** A Party document is always in Vietnamese: the situation's categories too. */
	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final PartyDocuments documents;

	private final ConclusionSigners signers;

	private final MonthSituation situation;

	ReviewPdf(PartyDocuments documents, ConclusionSigners signers, MonthSituation situation) {
		this.situation = situation;
		this.documents = documents;
		this.signers = signers;
	}

	byte[] render(ReviewMonthPage.MonthView view) {
		return render(document(view));
	}

	byte[] render(PartyDocument document) {
		return documents.render(document);
	}

	PartyDocument document(ReviewMonthPage.MonthView view) {
		MonthlyReview r = view.review();
		PartyDocuments.Header header = documents.header(view.post());
		Edition edition = view.lastEdition();
		ConclusionSigners.Printed printed = signers.printed(edition);
		Signature signature = new Signature(documents.message("document.onBehalf"),
				printed.function() == null ? documents.message("document.secretary")
						: PartyText.upper(documents.message(printed.function().labelKey())),
				printed.name());
		List<String> recipients = List.of(documents.message("review.pdf.recipient.superior"),
				documents.message("review.pdf.recipient.communes"), documents.message("review.pdf.recipient.file"));
		List<String> names = new ArrayList<>(view.communeNames().values());
		names.add(view.post().getName());
		names.add(view.place());
		return new PartyDocument(header.superior(), header.committee(), r.getConclusionNumber(), header.place(),
				r.getConcludedOn(),
				documents.message("review.pdf.title"),
				documents.message("review.pdf.subtitle", String.format("%02d/%d", view.month().getMonthValue(),
						view.month().getYear())),
				signature, recipients, "review/pdf", Map.of("view", view, "contentAreas", ContentArea.all(),
						"situation", situation.figures(view, VIETNAMESE)), names);
	}

}
