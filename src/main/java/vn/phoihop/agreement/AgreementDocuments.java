package vn.phoihop.agreement;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.document.CommitteeDocuments;
import vn.phoihop.document.DocumentRegister;
import vn.phoihop.document.DocumentType;
import vn.phoihop.document.IssueForm;
import vn.phoihop.document.PartyDocuments;
import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;
import vn.phoihop.territory.BorderPost;
import vn.phoihop.territory.Commune;
import vn.phoihop.territory.TerritoryService;

/**
 * The agreement issued as a document of the post's Party committee, "QUY CHẾ PHỐI HỢP" numbered "…-QC/ĐU" by the
 * register (docs/documents.md, "The agreement"): its communes and period, its content areas, its targets, how it is
 * carried out; in the Party form, signed, kept as issued. Only the commander of the agreement's post issues it, and
 * only an agreement agreed on (in force or ended, not a draft nor one superseded); issuing it again gives a new number
 * and marks the earlier document replaced.
 */
@Service
@Transactional
class AgreementDocuments {

	/** A target as the document prints it: its content area, indicator, value (Vietnamese digits), unit and span. */
	record TargetLine(String contentArea, String indicator, String value, String unit, String per) {
	}

	private final AgreementService agreements;

	private final TerritoryService territory;

	private final CommitteeDocuments committee;

	private final DocumentRegister register;

	private final PartyDocuments documents;

	AgreementDocuments(AgreementService agreements, TerritoryService territory, CommitteeDocuments committee,
			DocumentRegister register, PartyDocuments documents) {
		this.agreements = agreements;
		this.territory = territory;
		this.committee = committee;
		this.register = register;
		this.documents = documents;
	}

	/** What the register calls an agreement's document. */
	static String source(Agreement a) {
		return "agreement:" + a.getId();
	}

	/** Whether the user issues the agreement's document: the commander of its post. */
	static boolean mayIssue(CurrentUser user, Agreement a) {
		return user != null && user.is(Role.COMMANDER) && a.getPostId().equals(user.postId());
	}

	/** The agreement if the user may issue its document (another post's: 404 as for reading; not its commander: 403). */
	@Transactional(readOnly = true)
	Agreement issuable(CurrentUser user, Long id) {
		Agreement a = agreements.get(user, id);
		if (!mayIssue(user, a)) {
			throw new AccessDeniedException("agreement document");
		}
		return a;
	}

	/** The agreement's document standing now, if it was issued. */
	@Transactional(readOnly = true)
	Optional<DocumentRegister.Current> current(Agreement a) {
		return register.currentOf(source(a));
	}

	@Transactional(readOnly = true)
	BorderPost post(Agreement a) {
		return territory.post(a.getPostId()).orElseThrow(NotFoundException::new);
	}

	CommitteeDocuments.Issued issue(CurrentUser user, Long id, IssueForm form) {
		Agreement a = issuable(user, id);
		if (a.getStatus() != AgreementStatus.ACTIVE && a.getStatus() != AgreementStatus.ENDED) {
			throw new BusinessRuleException(null, "agreement.document.notAgreed");
		}
		return committee.issue(user, post(a), DocumentType.QUY_CHE, form.getIssuedOn(), form.getSigner(), source(a),
				content(a));
	}

	/** The document's own parts: its type, subject, recipients and body (templates/agreement/document.html). */
	CommitteeDocuments.Content content(Agreement a) {
		List<String> communes = new ArrayList<>();
		for (Long id : a.getCommuneIds()) {
			territory.commune(id).map(Commune::getName).ifPresent(communes::add);
		}
		List<String> recipients = new ArrayList<>();
		recipients.add(documents.message("agreement.document.recipient.superior"));
		communes.forEach(c -> recipients.add(documents.message("agreement.document.recipient.commune", c)));
		recipients.add(documents.message("agreement.document.recipient.file"));
		List<String> areas = a.getContentAreas().stream().sorted().map(c -> documents.message(c.labelKey())).toList();
		NumberFormat digits = NumberFormat.getNumberInstance(PartyDocuments.VIETNAMESE);
		List<TargetLine> targets = a.getTargets().stream()
			.map(t -> new TargetLine(documents.message(t.getContentArea().labelKey()), t.getIndicator(),
					digits.format(t.getTargetValue() == null ? BigDecimal.ZERO : t.getTargetValue()),
					t.getUnit() == null ? "" : t.getUnit(), documents.message("agreement.per." + t.getPer())))
			.toList();
		String post = territory.post(a.getPostId()).map(BorderPost::getName).orElse("");
		String subject = subject(a.getTitle());
		return new CommitteeDocuments.Content(documents.message("agreement.document.type"), subject, recipients,
				"agreement/document", Map.of("agreement", a, "postName", post,
						"communes", String.join(", ", communes), "areas", areas, "targets", targets),
				communes);
	}

	/**
	 * The subject under the type: the agreement's title without the words of the type ("Quy chế phối hợp giữa … giai
	 * đoạn 2026–2030" under "QUY CHẾ PHỐI HỢP" reads "giữa … giai đoạn 2026–2030").
	 */
	static String subject(String title) {
		String rest = title.strip().replaceFirst("(?iu)^quy chế phối hợp\\s*", "");
		return rest.isBlank() ? title.strip() : rest;
	}

}
