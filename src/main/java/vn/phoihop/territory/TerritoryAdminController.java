package vn.phoihop.territory;

import java.util.List;

import jakarta.validation.Valid;
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

import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.web.FormErrors;
import vn.phoihop.shared.web.Paging;
import vn.phoihop.territory.TerritoryForms.CommuneForm;
import vn.phoihop.territory.TerritoryForms.CoverageForm;
import vn.phoihop.territory.TerritoryForms.MergeForm;
import vn.phoihop.territory.TerritoryForms.PostForm;
import vn.phoihop.territory.TerritoryForms.ProvinceForm;
import vn.phoihop.territory.TerritoryForms.VillageForm;

/** Reference data for the administrator: provinces, communes, villages, border posts and merges. */
@Controller
@RequestMapping("/admin")
class TerritoryAdminController {

	private static final String SAVED = "flash.saved";

	private final TerritoryService territory;

	private final TerritoryAdmin admin;

	private final ProvinceRepository provinces;

	private final CommuneRepository communes;

	private final VillageRepository villages;

	private final BorderPostRepository posts;

	TerritoryAdminController(TerritoryService territory, TerritoryAdmin admin, ProvinceRepository provinces, CommuneRepository communes,
			VillageRepository villages, BorderPostRepository posts) {
		this.territory = territory;
		this.admin = admin;
		this.provinces = provinces;
		this.communes = communes;
		this.villages = villages;
		this.posts = posts;
	}

	// ---- provinces

	@GetMapping("/provinces")
	String provinces(Model model) {
		model.addAttribute("provinces", territory.provinces());
		return "territory/provinces";
	}

	@GetMapping("/provinces/new")
	String newProvince(Model model) {
		model.addAttribute("form", new ProvinceForm());
		return "territory/province-form";
	}

	@GetMapping("/provinces/{id}")
	String editProvince(@PathVariable Long id, Model model) {
		model.addAttribute("form", ProvinceForm.from(provinces.findById(id).orElseThrow(NotFoundException::new)));
		return "territory/province-form";
	}

	@PostMapping("/provinces")
	String saveProvince(@Valid @ModelAttribute("form") ProvinceForm form, BindingResult result, RedirectAttributes flash) {
		if (result.hasErrors() || !FormErrors.trySave(result, () -> admin.saveProvince(form))) {
			return "territory/province-form";
		}
		flash.addFlashAttribute("success", SAVED);
		return "redirect:/admin/provinces";
	}

	// ---- communes

	@GetMapping("/communes")
	String communes(@RequestParam(required = false) String q, @RequestParam(required = false) Long provinceId,
			@RequestParam(defaultValue = "1") int page, Model model) {
		var result = admin.searchCommunes(q, provinceId, page);
		model.addAttribute("communes", result);
		model.addAttribute("paging", Paging.of(result));
		model.addAttribute("provinces", territory.provinces());
		model.addAttribute("q", q);
		model.addAttribute("provinceId", provinceId);
		return "territory/communes";
	}

	@GetMapping("/communes/new")
	String newCommune(Model model) {
		return communeForm(new CommuneForm(), model);
	}

	@GetMapping("/communes/{id}")
	String editCommune(@PathVariable Long id, Model model) {
		Commune c = communes.findForPage(id).orElseThrow(NotFoundException::new);
		model.addAttribute("commune", c);
		model.addAttribute("predecessors", territory.predecessors(id));
		return communeForm(CommuneForm.from(c), model);
	}

	@PostMapping("/communes")
	String saveCommune(@Valid @ModelAttribute("form") CommuneForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		if (result.hasErrors() || !FormErrors.trySave(result, () -> admin.saveCommune(form))) {
			return communeForm(form, model);
		}
		flash.addFlashAttribute("success", SAVED);
		return "redirect:/admin/communes";
	}

	private String communeForm(CommuneForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("provinces", territory.provinces());
		return "territory/commune-form";
	}

	// ---- villages

	@GetMapping("/villages")
	String villages(@RequestParam(required = false) String q, @RequestParam(required = false) Long communeId,
			@RequestParam(defaultValue = "1") int page, Model model) {
		var result = admin.searchVillages(q, communeId, page);
		model.addAttribute("villages", result);
		model.addAttribute("paging", Paging.of(result));
		model.addAttribute("communes", territory.allCommunes());
		model.addAttribute("q", q);
		model.addAttribute("communeId", communeId);
		return "territory/villages";
	}

	@GetMapping("/villages/new")
	String newVillage(@RequestParam(required = false) Long communeId, Model model) {
		VillageForm form = new VillageForm();
		form.communeId = communeId;
		return villageForm(form, model);
	}

	@GetMapping("/villages/{id}")
	String editVillage(@PathVariable Long id, Model model) {
		return villageForm(VillageForm.from(villages.findById(id).orElseThrow(NotFoundException::new)), model);
	}

	@PostMapping("/villages")
	String saveVillage(@Valid @ModelAttribute("form") VillageForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		if (result.hasErrors() || !FormErrors.trySave(result, () -> admin.saveVillage(form))) {
			return villageForm(form, model);
		}
		flash.addFlashAttribute("success", SAVED);
		return "redirect:/admin/villages?communeId=" + form.communeId;
	}

	private String villageForm(VillageForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("communes", territory.allCommunes());
		return "territory/village-form";
	}

	// ---- border posts and their coverage

	@GetMapping("/posts")
	String posts(Model model) {
		model.addAttribute("posts", territory.allPosts());
		return "territory/posts";
	}

	@GetMapping("/posts/new")
	String newPost(Model model) {
		return postForm(new PostForm(), null, model);
	}

	@GetMapping("/posts/{id}")
	String editPost(@PathVariable Long id, Model model) {
		BorderPost p = posts.findById(id).orElseThrow(NotFoundException::new);
		return postForm(PostForm.from(p), id, model);
	}

	@PostMapping("/posts")
	String savePost(@Valid @ModelAttribute("form") PostForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		BorderPost[] saved = new BorderPost[1];
		if (result.hasErrors() || !FormErrors.trySave(result, () -> saved[0] = admin.savePost(form))) {
			return postForm(form, form.id, model);
		}
		flash.addFlashAttribute("success", SAVED);
		return "redirect:/admin/posts/" + saved[0].getId();
	}

	@PostMapping("/posts/{id}/coverage")
	String addCoverage(@PathVariable Long id, @Valid @ModelAttribute("coverageForm") CoverageForm form,
			BindingResult result, Model model, RedirectAttributes flash) {
		BorderPost p = posts.findById(id).orElseThrow(NotFoundException::new);
		if (result.hasErrors() || !FormErrors.trySave(result, () -> admin.addCoverage(id, form))) {
			model.addAttribute("form", PostForm.from(p));
			return postPage(id, model);
		}
		flash.addFlashAttribute("success", SAVED);
		return "redirect:/admin/posts/" + id;
	}

	@PostMapping("/posts/{id}/coverage/{coverageId}/delete")
	String removeCoverage(@PathVariable Long id, @PathVariable Long coverageId, RedirectAttributes flash) {
		admin.removeCoverage(id, coverageId);
		flash.addFlashAttribute("success", SAVED);
		return "redirect:/admin/posts/" + id;
	}

	private String postForm(PostForm form, Long id, Model model) {
		model.addAttribute("form", form);
		if (!model.containsAttribute("coverageForm")) {
			model.addAttribute("coverageForm", new CoverageForm());
		}
		return postPage(id, model);
	}

	private String postPage(Long id, Model model) {
		model.addAttribute("provinces", territory.provinces());
		model.addAttribute("communes", territory.allCommunes());
		model.addAttribute("coverage", id == null ? List.of() : territory.coverage(id));
		model.addAttribute("postId", id);
		return "territory/post-form";
	}

	// ---- merges (docs/design.md §2)

	@GetMapping("/merges")
	String merges(Model model) {
		return mergePage(new MergeForm(), model);
	}

	@PostMapping("/merges")
	String recordMerge(@Valid @ModelAttribute("form") MergeForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		if (result.hasErrors() || !FormErrors.trySave(result, () -> admin.recordMerge(form))) {
			return mergePage(form, model);
		}
		flash.addFlashAttribute("success", "territory.merge.saved");
		return "redirect:/admin/merges";
	}

	private String mergePage(MergeForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("merges", admin.merges());
		model.addAttribute("communes", territory.allCommunes());
		return "territory/merges";
	}

}
