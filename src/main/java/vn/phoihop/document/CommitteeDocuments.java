package vn.phoihop.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.account.PartyFunction;
import vn.phoihop.account.PartySigners;
import vn.phoihop.account.PartySigners.Signer;
import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.territory.BorderPost;

/**
 * A post's Party committee issuing one of its documents through the register (the agreement, the summing-up report;
 * docs/documents.md): the header of the post's committee, the signer chosen among those who sign for it, a number
 * taken for the year of the date printed, the document rendered, signed and recorded, all in one transaction. The
 * issuing module gives what is its own (type, subject, recipients, body); a date in the future or a signer who does
 * not sign for the post is refused next to its field, and nothing is issued.
 */
@Service
@Transactional
public class CommitteeDocuments {

	/** What the issuing module writes: everything of the document but its header, number, date and signature. */
	public record Content(String type, String subject, List<String> recipients, String bodyTemplate,
			Map<String, Object> body, List<String> keepTogether) {
	}

	/** A document issued: its row of the register and its number. */
	public record Issued(long id, String number, int year) {
	}

	private final DocumentRegister register;

	private final PartyDocuments documents;

	private final PartySigners signers;

	CommitteeDocuments(DocumentRegister register, PartyDocuments documents, PartySigners signers) {
		this.register = register;
		this.documents = documents;
		this.signers = signers;
	}

	/** The post's users who sign for its committee, the secretary first. */
	@Transactional(readOnly = true)
	public List<Signer> signers(BorderPost post) {
		return signers.of(post.getId());
	}

	/** The signer offered first: the secretary, else the user issuing if they sign, else none. */
	public static String byDefault(List<Signer> choices, CurrentUser user) {
		return choices.stream().filter(s -> s.function() == PartyFunction.SECRETARY).findFirst()
			.or(() -> choices.stream().filter(s -> s.username().equalsIgnoreCase(user.username())).findFirst())
			.map(Signer::username).orElse(null);
	}

	/**
	 * The signer of a document: the one chosen, who must sign for the post; nothing chosen, the default; null only
	 * when nobody of the post signs (the block then keeps the space for a name written by hand).
	 */
	@Transactional(readOnly = true, noRollbackFor = BusinessRuleException.class)
	public Signer signer(BorderPost post, CurrentUser user, String chosen) {
		List<Signer> choices = signers(post);
		String username = chosen != null ? chosen : byDefault(choices, user);
		if (username == null) {
			if (choices.isEmpty()) {
				return null;
			}
			throw new BusinessRuleException("signer", "document.signer.required");
		}
		return choices.stream().filter(s -> s.username().equalsIgnoreCase(username)).findFirst()
			.orElseThrow(() -> new BusinessRuleException("signer", "document.signer.notSigner"));
	}

	/** The number the register would give the post's next document of the type in the year (not reserved). */
	@Transactional(readOnly = true)
	public String next(BorderPost post, DocumentType type, int year) {
		return register.next(post.getId(), type, year);
	}

	/**
	 * Issues the post committee's document dated {@code on}, signed for it by the chosen signer; an earlier document
	 * of the same source is marked replaced by it.
	 */
	public Issued issue(CurrentUser user, BorderPost post, DocumentType type, LocalDate on, String chosenSigner,
			String source, Content content) {
		LocalDate today = LocalDate.now(DocumentSigning.VIETNAM);
		if (on == null) {
			throw new BusinessRuleException("issuedOn", "document.issuedOn.required");
		}
		if (on.isAfter(today)) {
			throw new BusinessRuleException("issuedOn", "document.issuedOn.future",
					String.format("%02d/%02d/%d", today.getDayOfMonth(), today.getMonthValue(), today.getYear()));
		}
		Signer signer = signer(post, user, chosenSigner);
		DocumentRegister.Taken number = register.take(post.getId(), type, on.getYear());
		PartyDocuments.Header header = documents.header(post);
		PartyDocument.Signature signature = new PartyDocument.Signature(documents.message("document.onBehalf"),
				signer == null ? documents.message("document.secretary")
						: PartyText.upper(documents.message(signer.function().labelKey())),
				signer == null ? null : signer.fullName());
		List<String> kept = new ArrayList<>(content.keepTogether());
		kept.add(post.getName());
		kept.add(header.place());
		PartyDocument document = new PartyDocument(header.superior(), header.committee(), number.text(), header.place(),
				on, content.type(), content.subject(), signature, content.recipients(), content.bodyTemplate(),
				content.body(), kept);
		long id = register.issue(number, new DocumentRegister.Issue(source, on, content.subject(),
				signer == null ? null : signer.fullName(), signer == null ? null : signer.function().name(),
				user.username()), documents.render(document));
		return new Issued(id, number.text(), number.year());
	}

}
