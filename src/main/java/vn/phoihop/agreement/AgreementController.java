package vn.phoihop.agreement;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.audit.AuditService;
import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.domain.StaleEditException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;
import vn.phoihop.shared.web.FormErrors;
import vn.phoihop.shared.web.Paging;
import vn.phoihop.territory.BorderPost;
import vn.phoihop.territory.Commune;
import vn.phoihop.territory.PostCoverage;
import vn.phoihop.territory.ScopeService;
import vn.phoihop.territory.TerritoryService;

@Controller
@RequestMapping("/agreements")
class AgreementController {

	private final AgreementService agreements;

	private final TerritoryService territory;

	private final ScopeService scopes;

	private final AuditService audit;

	private final AgreementDocuments documents;

	AgreementController(AgreementService agreements, TerritoryService territory, ScopeService scopes,
			AuditService audit, AgreementDocuments documents) {
		this.agreements = agreements;
		this.territory = territory;
		this.scopes = scopes;
		this.audit = audit;
		this.documents = documents;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String status,
			@RequestParam(defaultValue = "1") int page, Model model) {
		String st = status == null || status.isBlank() ? null : status;
		var result = agreements.list(user, st, page);
		model.addAttribute("agreements", result);
		model.addAttribute("paging", Paging.of(result));
		model.addAttribute("status", st);
		model.addAttribute("statuses", AgreementStatus.values());
		model.addAttribute("mayCreate", agreements.mayEdit(user, null));
		names(model);
		return "agreement/list";
	}

	@GetMapping("/{id}")
	String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		Agreement a = agreements.get(user, id);
		model.addAttribute("agreement", a);
		model.addAttribute("progress", agreements.progress(a));
		model.addAttribute("scan", agreements.scanInfo(id).orElse(null));
		model.addAttribute("mayEdit", agreements.mayEdit(user, a));
		model.addAttribute("others", agreements.othersOfPost(a));
		// the agreement issued as the committee's document (AgreementDocumentController)
		model.addAttribute("document", documents.current(a).orElse(null));
		model.addAttribute("mayIssue", AgreementDocuments.mayIssue(user, a));
		// the history fragment (templates/audit/_history.html), cut to what this user reads of the audit trail
		model.addAttribute("history", audit.history(a.auditType(), id));
		names(model);
		return "agreement/detail";
	}

	@GetMapping("/new")
	String create(@AuthenticationPrincipal CurrentUser user, Model model) {
		requireEditor(user);
		return form(user, AgreementForm.blank(user.postId()), model);
	}

	@GetMapping("/{id}/edit")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		Agreement a = agreements.get(user, id);
		if (!agreements.mayEdit(user, a)) {
			throw new AccessDeniedException("agreement edit");
		}
		return form(user, AgreementForm.from(a), model);
	}

	@PostMapping
	String save(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") AgreementForm form,
			BindingResult result, Model model, RedirectAttributes flash) {
		requireEditor(user);
		Agreement[] saved = new Agreement[1];
		if (result.hasErrors() || !FormErrors.trySave(result, () -> saved[0] = agreements.save(user, form))) {
			return form(user, form, model);
		}
		flash.addFlashAttribute("success", "flash.saved");
		return "redirect:/agreements/" + saved[0].getId();
	}

	@PostMapping("/{id}/status")
	String status(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam int version,
			@RequestParam String action, @RequestParam(required = false) Long newerId, RedirectAttributes flash) {
		try {
			agreements.transition(user, id, version, action, newerId);
			flash.addFlashAttribute("success", "agreement.status.changed");
		}
		catch (BusinessRuleException ex) {
			flash.addFlashAttribute("error", ex.getMessageKey());
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			flash.addFlashAttribute("error", "edit.stale");
		}
		return "redirect:/agreements/" + id;
	}

	@PostMapping("/{id}/scan")
	String uploadScan(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes flash) {
		try {
			agreements.attachScan(user, id, file);
			flash.addFlashAttribute("success", "agreement.scan.saved");
		}
		catch (BusinessRuleException ex) {
			flash.addFlashAttribute("error", ex.getMessageKey());
		}
		return "redirect:/agreements/" + id;
	}

	@GetMapping("/{id}/scan")
	ResponseEntity<byte[]> downloadScan(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		AgreementService.Scan scan = agreements.scan(user, id);
		if (scan == null) {
			throw new NotFoundException();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(scan.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(scan.filename(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(scan.data());
	}

	private void requireEditor(CurrentUser user) {
		if (!agreements.mayEdit(user, null)) {
			throw new AccessDeniedException("agreement edit");
		}
	}

	private String form(CurrentUser user, AgreementForm form, Model model) {
		model.addAttribute("form", form);
		List<BorderPost> posts = user.is(Role.ADMIN) ? territory.allPosts()
				: territory.post(user.postId()).map(List::of).orElse(List.of());
		model.addAttribute("posts", posts);
		List<Commune> communes = user.is(Role.ADMIN) ? territory.allCommunes()
				: territory.coverage(user.postId()).stream().map(PostCoverage::getCommune).distinct().toList();
		model.addAttribute("communes", communes);
		model.addAttribute("contentAreas", ContentArea.offered(form.usedContentAreas()));
		model.addAttribute("metrics", Target.Metric.offered(form.usedMetrics()));
		model.addAttribute("pers", Target.Per.values());
		return "agreement/form";
	}

	private void names(Model model) {
		Map<Long, String> communeNames = territory.communeLabels();
		Map<Long, String> postNames = territory.postNames();
		model.addAttribute("communeNames", communeNames);
		model.addAttribute("postNames", postNames);
	}


}
