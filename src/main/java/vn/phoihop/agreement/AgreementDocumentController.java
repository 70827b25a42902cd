package vn.phoihop.agreement;

import java.time.LocalDate;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.document.CommitteeDocuments;
import vn.phoihop.document.DocumentType;
import vn.phoihop.document.IssueForm;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.FormErrors;

/** {@code /agreements/{id}/issue}: the page that issues an agreement as the committee's document, and its form. */
@Controller
@RequestMapping("/agreements/{id}/issue")
class AgreementDocumentController {

	private final AgreementDocuments documents;

	private final CommitteeDocuments committee;

	AgreementDocumentController(AgreementDocuments documents, CommitteeDocuments committee) {
		this.documents = documents;
		this.committee = committee;
	}

	@GetMapping
	String confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		Agreement a = documents.issuable(user, id);
		IssueForm form = new IssueForm();
		form.setIssuedOn(LocalDate.now());
		form.setSigner(CommitteeDocuments.byDefault(committee.signers(documents.post(a)), user));
		return page(a, form, model);
	}

	@PostMapping
	String issue(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@ModelAttribute("issueForm") IssueForm form, BindingResult result, Model model, RedirectAttributes flash) {
		Agreement a = documents.issuable(user, id);
		if (result.hasErrors() || !FormErrors.trySave(result, () -> documents.issue(user, id, form))) {
			return page(a, form, model);
		}
		// the page shows the document's number and links it to the register (agreement/detail.html)
		flash.addFlashAttribute("success", "document.issued");
		return "redirect:/agreements/" + id + "#agreement-document";
	}

	private String page(Agreement a, IssueForm form, Model model) {
		int year = (form.getIssuedOn() == null ? LocalDate.now() : form.getIssuedOn()).getYear();
		model.addAttribute("agreement", a);
		model.addAttribute("issueForm", form);
		model.addAttribute("signers", committee.signers(documents.post(a)));
		model.addAttribute("nextNumber", committee.next(documents.post(a), DocumentType.QUY_CHE, year));
		model.addAttribute("numberYear", String.valueOf(year));
		model.addAttribute("current", documents.current(a).orElse(null));
		return "agreement/issue";
	}

}
