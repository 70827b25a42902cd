package vn.phoihop.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
import vn.phoihop.document.PartyDocuments;
import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;
import vn.phoihop.territory.BorderPost;
import vn.phoihop.territory.TerritoryService;

/**
 * A post's period report issued as its Party committee's summing-up report, "BÁO CÁO SƠ KẾT" numbered "…-BC/ĐU" by
 * the register (docs/documents.md): the period's figures as the report page computes them ({@link ReportService},
 * the same query), written out by content area, the figures by commune, the targets against the results, and the
 * committee's assessment when one is written. Only the commander of the post issues it; issuing the same period
 * again gives a new number and marks the earlier document replaced.
 */
@Service
@Transactional
class SummingUpDocuments {

	/** The longest assessment kept (a page or two of the document). */
	static final int ASSESSMENT = 8000;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final ReportService reports;

	private final TerritoryService territory;

	private final CommitteeDocuments committee;

	private final DocumentRegister register;

	private final PartyDocuments documents;

	SummingUpDocuments(ReportService reports, TerritoryService territory, CommitteeDocuments committee,
			DocumentRegister register, PartyDocuments documents) {
		this.reports = reports;
		this.territory = territory;
		this.committee = committee;
		this.register = register;
		this.documents = documents;
	}

	/** What the register calls a post's summing-up report of a period. */
	static String source(BorderPost post, LocalDate from, LocalDate to) {
		return "report:" + post.getCode() + ":" + from + ":" + to;
	}

	/**
	 * The post whose report of the period the user issues: a post or period the user may not read is a 404 (as the
	 * report page), a reader who is not the post's commander is refused (403); a period that ends before it starts
	 * is refused.
	 */
	@Transactional(readOnly = true)
	BorderPost issuable(CurrentUser user, String postCode, LocalDate from, LocalDate to) {
		BorderPost post = territory.postByCode(postCode).orElseThrow(NotFoundException::new);
		if (from.isAfter(to)) {
			throw new NotFoundException();
		}
		reports.periodReport(user, query(post, from, to));
		if (!user.is(Role.COMMANDER) || !post.getId().equals(user.postId())) {
			throw new AccessDeniedException("summing-up report");
		}
		return post;
	}

	/** The summing-up report of the post and period standing now, if one was issued. */
	@Transactional(readOnly = true)
	Optional<DocumentRegister.Current> current(BorderPost post, LocalDate from, LocalDate to) {
		return register.currentOf(source(post, from, to));
	}

	CommitteeDocuments.Issued issue(CurrentUser user, String postCode, LocalDate from, LocalDate to,
			SummingUpForm form) {
		BorderPost post = issuable(user, postCode, from, to);
		String assessment = form.getAssessment();
		if (assessment != null && assessment.codePointCount(0, assessment.length()) > ASSESSMENT) {
			throw new BusinessRuleException("assessment", "document.summingUp.assessment.tooLong", ASSESSMENT);
		}
		PeriodReport report = reports.periodReport(user, query(post, from, to));
		return committee.issue(user, post, DocumentType.BAO_CAO_SO_KET, form.getIssuedOn(), form.getSigner(),
				source(post, from, to), content(report, post, assessment));
	}

	/** The document's own parts: type, subject, recipients, and the body (templates/report/document.html). */
	CommitteeDocuments.Content content(PeriodReport report, BorderPost post, String assessment) {
		List<String> recipients = List.of(documents.message("document.summingUp.recipient.superior"),
				documents.message("document.summingUp.recipient.communes"),
				documents.message("document.summingUp.recipient.file"));
		String subject = documents.message("document.summingUp.subject", report.from().format(DAY),
				report.to().format(DAY));
		List<String> names = new ArrayList<>(report.communeLabels());
		report.byCommune().forEach(r -> names.add(r.label()));
		return new CommitteeDocuments.Content(documents.message("document.summingUp.type"), subject, recipients,
				"report/document", assessment == null ? Map.of("report", report, "postName", post.getName())
						: Map.of("report", report, "postName", post.getName(), "assessment", assessment),
				names.stream().filter(n -> n != null).distinct().toList());
	}

	private static ReportService.Query query(BorderPost post, LocalDate from, LocalDate to) {
		return new ReportService.Query(post.getCode(), null, null, null, from, to);
	}

}
