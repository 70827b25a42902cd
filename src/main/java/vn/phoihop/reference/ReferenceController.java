package vn.phoihop.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.web.FormErrors;

/** {@code /admin/reference}: the reference data's lists, a value's form, a new value's form (administrator only). */
@Controller
@RequestMapping("/admin/reference")
class ReferenceController {

	private final ReferenceData data;

	private final ReferenceChanges changes;

	ReferenceController(ReferenceData data, ReferenceChanges changes) {
		this.data = data;
		this.changes = changes;
	}

	@GetMapping
	String list(Model model) {
		Map<ReferenceKind, List<ReferenceValue>> lists = new LinkedHashMap<>();
		for (ReferenceKind k : ReferenceKind.values()) {
			lists.put(k, data.all(k));
		}
		model.addAttribute("lists", lists);
		return "reference/list";
	}

	@GetMapping("/{kind}/new")
	String create(@PathVariable String kind, Model model) {
		ReferenceKind k = kind(kind);
		if (!k.addable()) {
			throw new NotFoundException();
		}
		ReferenceForm f = new ReferenceForm();
		List<ReferenceValue> all = data.all(k);
		f.setSortOrder(all.isEmpty() ? 10 : all.get(all.size() - 1).sortOrder() + 10);
		return form(k, f, model);
	}

	@GetMapping("/{kind}/{code}")
	String edit(@PathVariable String kind, @PathVariable String code, Model model) {
		ReferenceKind k = kind(kind);
		ReferenceValue v = data.find(k, code);
		if (v == null) {
			throw new NotFoundException();
		}
		return form(k, ReferenceForm.from(v), model);
	}

	@PostMapping("/{kind}")
	String save(@PathVariable String kind, @Valid @ModelAttribute("referenceForm") ReferenceForm form, BindingResult result,
			Model model, RedirectAttributes flash) {
		ReferenceKind k = kind(kind);
		if (result.hasErrors() || !FormErrors.trySave(result, () -> changes.save(k, form))) {
			return form(k, form, model);
		}
		flash.addFlashAttribute("success", "flash.saved");
		return "redirect:/admin/reference#" + k.slug();
	}

	private static ReferenceKind kind(String slug) {
		ReferenceKind k = ReferenceKind.ofSlug(slug);
		if (k == null) {
			throw new NotFoundException();
		}
		return k;
	}

	private String form(ReferenceKind kind, ReferenceForm form, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("referenceForm", form);
		model.addAttribute("areas", data.all(ReferenceKind.CONTENT_AREA));
		return "reference/form";
	}

}
