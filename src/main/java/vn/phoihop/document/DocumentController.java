package vn.phoihop.document;

import java.time.Year;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.FormErrors;
import vn.phoihop.shared.web.Paging;

/** The register of issued documents: the list, a document's bytes, cancelling a number. */
@Controller
@RequestMapping("/documents")
class DocumentController {

	/** The cancel page's form: the reason. */
	static class CancelForm {

		String reason;

		public String getReason() { return reason; }
		public void setReason(String reason) { this.reason = reason == null || reason.isBlank() ? null : reason.strip(); }

	}

	private final IssuedDocuments documents;

	DocumentController(IssuedDocuments documents) {
		this.documents = documents;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) String type, @RequestParam(required = false) String year,
			@RequestParam(defaultValue = "1") int page, Model model) {
		// a type or year typed into the URL that is not one of the choices is no filter, not an error
		DocumentType t = null;
		for (DocumentType each : DocumentType.values()) {
			if (each.name().equals(type)) {
				t = each;
			}
		}
		Integer y = year != null && year.matches("\\d{4}") && Integer.parseInt(year) <= Year.now().getValue() + 1
				? Integer.valueOf(year) : null;
		String text = q == null || q.isBlank() ? null : q.strip();
		Page<IssuedDocuments.Row> rows = documents.list(user, new IssuedDocuments.Filter(text, t, y), page);
		model.addAttribute("rows", rows.getContent());
		model.addAttribute("paging", Paging.of(rows));
		model.addAttribute("pageUrl", UriComponentsBuilder.fromPath("/documents").queryParamIfPresent("q",
				Optional.ofNullable(text)).queryParamIfPresent("type", Optional.ofNullable(t))
			.queryParamIfPresent("year", Optional.ofNullable(y)).encode().build().toUriString());
		model.addAttribute("q", text);
		model.addAttribute("type", t);
		model.addAttribute("year", y);
		model.addAttribute("types", DocumentType.values());
		model.addAttribute("years", documents.years(user));
		return "document/list";
	}

	@GetMapping("/{id}/pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		IssuedDocuments.Download d = documents.pdf(user, id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(d.filename()).build().toString())
			.body(d.pdf());
	}

	@GetMapping("/{id}/cancel")
	String confirmCancel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		IssuedDocuments.Row row = requireCancellable(user, id);
		model.addAttribute("doc", row);
		if (!model.containsAttribute("cancelForm")) {
			model.addAttribute("cancelForm", new CancelForm());
		}
		return "document/cancel";
	}

	@PostMapping("/{id}/cancel")
	String cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("cancelForm") CancelForm form, BindingResult result, Model model, RedirectAttributes flash) {
		IssuedDocuments.Row row = requireCancellable(user, id);
		if (!FormErrors.trySave(result, () -> documents.cancel(user, id, form.reason))) {
			model.addAttribute("doc", row);
			return "document/cancel";
		}
		flash.addFlashAttribute("success", "document.cancelled");
		return "redirect:/documents";
	}

	/** The document if the user may read it (else 404) and cancel its number (else 403). */
	private IssuedDocuments.Row requireCancellable(CurrentUser user, long id) {
		IssuedDocuments.Row row = documents.get(user, id);
		if (!row.mayCancel()) {
			throw new AccessDeniedException("document");
		}
		return row;
	}

}
