package vn.phoihop.household;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.export.CsvWriter;
import vn.phoihop.shared.security.CurrentUser;

/** CSV / XLSX import of households: template, preview with every row's problems, all-or-nothing import. */
@Controller
@RequestMapping("/households/import")
class HouseholdImportController {

	private final HouseholdImportService imports;

	HouseholdImportController(HouseholdImportService imports) {
		this.imports = imports;
	}

	@GetMapping
	String page(@AuthenticationPrincipal CurrentUser user) {
		HouseholdAccess.requireManage(user);
		return "household/import";
	}

	@GetMapping("/template.csv")
	void templateCsv(@AuthenticationPrincipal CurrentUser user, HttpServletResponse response) {
		HouseholdAccess.requireManage(user);
		HouseholdImportFiles.templateCsv(CsvWriter.attachment(response, "mau-nhap-ho-gia-dinh.csv"));
	}

	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> templateXlsx(@AuthenticationPrincipal CurrentUser user) {
		HouseholdAccess.requireManage(user);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("mau-nhap-ho-gia-dinh.xlsx").build().toString())
			.contentType(MediaType
				.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(HouseholdImportFiles.templateXlsx());
	}

	@PostMapping
	String preview(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) MultipartFile file,
			Model model) throws IOException {
		HouseholdAccess.requireManage(user);
		if (file == null || file.isEmpty()) {
			model.addAttribute("error", "household.import.noFile");
			return "household/import";
		}
		model.addAttribute("preview", imports.preview(user, file.getOriginalFilename(), file.getBytes()));
		model.addAttribute("fileName", file.getOriginalFilename());
		return "household/import";
	}

	@PostMapping("/confirm")
	String confirm(@AuthenticationPrincipal CurrentUser user, @RequestParam String token, Model model,
			RedirectAttributes flash) {
		HouseholdAccess.requireManage(user);
		HouseholdImportService.Preview result;
		try {
			result = imports.confirm(user, token);
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("error", ex.getMessageKey());
			return "household/import";
		}
		if (result.error() != null || !result.invalid().isEmpty()) {
			model.addAttribute("preview", result);
			return "household/import";
		}
		flash.addFlashAttribute("importedCount", result.rows());
		return "redirect:/households?sort=updated";
	}

}
