package vn.phoihop.report;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.phoihop.document.CommitteeDocuments;
import vn.phoihop.document.DocumentType;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.FormErrors;
import vn.phoihop.territory.BorderPost;

/**
 * {@code /reports/period/issue?post=&from=&to=}: the page that issues a post's period report as its committee's
 * summing-up report, and its form; the report page links to it for the post's commander.
 */
@Controller
@RequestMapping("/reports/period/issue")
class ReportDocumentController {

	private final SummingUpDocuments documents;

	private final CommitteeDocuments committee;

	ReportDocumentController(SummingUpDocuments documents, CommitteeDocuments committee) {
		this.documents = documents;
		this.committee = committee;
	}

	@GetMapping
	String confirm(@AuthenticationPrincipal CurrentUser user, @RequestParam String post,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		BorderPost p = documents.issuable(user, post, from, to);
		SummingUpForm form = new SummingUpForm();
		form.setIssuedOn(LocalDate.now());
		form.setSigner(CommitteeDocuments.byDefault(committee.signers(p), user));
		return page(p, from, to, form, model);
	}

	@PostMapping
	String issue(@AuthenticationPrincipal CurrentUser user, @RequestParam String post,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@ModelAttribute("issueForm") SummingUpForm form, BindingResult result, Model model, RedirectAttributes flash) {
		BorderPost p = documents.issuable(user, post, from, to);
		CommitteeDocuments.Issued[] issued = new CommitteeDocuments.Issued[1];
		if (result.hasErrors()
				|| !FormErrors.trySave(result, () -> issued[0] = documents.issue(user, post, from, to, form))) {
			return page(p, from, to, form, model);
		}
		flash.addFlashAttribute("success", "document.issued");
		return "redirect:" + UriComponentsBuilder.fromPath("/documents").queryParam("q", issued[0].number())
			.queryParam("year", issued[0].year()).encode().build().toUriString();
	}

	private String page(BorderPost post, LocalDate from, LocalDate to, SummingUpForm form, Model model) {
		int year = (form.getIssuedOn() == null ? LocalDate.now() : form.getIssuedOn()).getYear();
		model.addAttribute("post", post);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("issueForm", form);
		model.addAttribute("signers", committee.signers(post));
		model.addAttribute("nextNumber", committee.next(post, DocumentType.BAO_CAO_SO_KET, year));
		model.addAttribute("numberYear", String.valueOf(year));
		model.addAttribute("current", documents.current(post, from, to).orElse(null));
		return "report/issue";
	}

}
