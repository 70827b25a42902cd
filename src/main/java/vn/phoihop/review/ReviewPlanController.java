package vn.phoihop.review;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.review.ReviewForms.ConclusionsForm;
import vn.phoihop.review.ReviewForms.TargetForm;
import vn.phoihop.review.ReviewForms.TaskForm;
import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.domain.StaleEditException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.FormErrors;

/**
 * The month page's one form (conclusions, next month's targets, tasks): each button posts all of it, so what was
 * typed in one part is never lost by pressing another's button. The button says which part is required (a target
 * for "Thêm chỉ tiêu", a task for "Giao nhiệm vụ") and where the page comes back to (its section's anchor, not the
 * top). A part typed but not pressed for is saved too when it is valid and shown with its errors when not; a part
 * left empty is ignored. Refused: nothing is saved and the page shows everything as typed.
 */
@Controller
@RequestMapping("/reviews/{code}/{month}")
class ReviewPlanController {

	/** The parts of the form: each one's section on the page (its anchor). */
	enum Part {
		CONCLUSIONS("conclusions"), TARGETS("targets"), TASKS("tasks");

		final String anchor;

		Part(String anchor) {
			this.anchor = anchor;
		}
	}

	/** The fields a task's refusal names (the others are the conclusions' or a target's). */
	private static final Set<String> TASK_FIELDS = Set.of("cadreId", "villageId", "householdId", "dueDate",
			"description");

	private final ReviewPlan plan;

	private final ReviewDecisions decisions;

	private final ReviewPageModel pages;

	private final SmartValidator validator;

	ReviewPlanController(ReviewPlan plan, ReviewDecisions decisions, ReviewPageModel pages, SmartValidator validator) {
		this.plan = plan;
		this.decisions = decisions;
		this.pages = pages;
		this.validator = validator;
	}

	/** "Lưu kết luận", and "Kết luận tháng…" ({@code next=conclude}: saved, then the confirmation page). */
	@PostMapping("/conclusions")
	String conclusions(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
			@PathVariable String month, @ModelAttribute("conclusionsForm") ConclusionsForm conclusions,
			BindingResult conclusionsResult, @ModelAttribute("targetForm") TargetForm target,
			BindingResult targetResult, @ModelAttribute("taskForm") TaskForm task, BindingResult taskResult,
			@RequestParam(required = false) String next, Model model, RedirectAttributes flash) {
		Form form = new Form(conclusions, conclusionsResult, target, targetResult, task, taskResult);
		return save(user, code, ReviewController.parse(month), form, Part.CONCLUSIONS, null,
				"conclude".equals(next), model, flash);
	}

	@PostMapping("/targets")
	String addTarget(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, @PathVariable String month,
			@ModelAttribute("conclusionsForm") ConclusionsForm conclusions, BindingResult conclusionsResult,
			@ModelAttribute("targetForm") TargetForm target, BindingResult targetResult,
			@ModelAttribute("taskForm") TaskForm task, BindingResult taskResult, Model model,
			RedirectAttributes flash) {
		Form form = new Form(conclusions, conclusionsResult, target, targetResult, task, taskResult);
		return save(user, code, ReviewController.parse(month), form, Part.TARGETS, null, false, model, flash);
	}

	@PostMapping("/tasks")
	String addTask(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, @PathVariable String month,
			@ModelAttribute("conclusionsForm") ConclusionsForm conclusions, BindingResult conclusionsResult,
			@ModelAttribute("targetForm") TargetForm target, BindingResult targetResult,
			@ModelAttribute("taskForm") TaskForm task, BindingResult taskResult, Model model,
			RedirectAttributes flash) {
		Form form = new Form(conclusions, conclusionsResult, target, targetResult, task, taskResult);
		return save(user, code, ReviewController.parse(month), form, Part.TASKS, null, false, model, flash);
	}

	/**
	 * A target's "Xóa": saves the conclusions with it; a target or task being typed is neither added nor lost
	 * (it comes back in its fields).
	 */
	@PostMapping("/targets/{index}/delete")
	String removeTarget(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
			@PathVariable String month, @PathVariable int index,
			@ModelAttribute("conclusionsForm") ConclusionsForm conclusions, BindingResult conclusionsResult,
			@ModelAttribute("targetForm") TargetForm target, BindingResult targetResult,
			@ModelAttribute("taskForm") TaskForm task, BindingResult taskResult, Model model,
			RedirectAttributes flash) {
		Form form = new Form(conclusions, conclusionsResult, target, targetResult, task, taskResult);
		return save(user, code, ReviewController.parse(month), form, Part.TARGETS, index, false, model, flash);
	}

	private record Form(ConclusionsForm conclusions, BindingResult conclusionsResult, TargetForm target,
			BindingResult targetResult, TaskForm task, BindingResult taskResult) {
	}

	private String save(CurrentUser user, String code, YearMonth m, Form form, Part pressed, Integer removeTarget,
			boolean thenConclude, Model model, RedirectAttributes flash) {
		decisions.requireCommander(user, code, m);
		boolean removing = removeTarget != null;
		// a part is wanted when its button was pressed or something was typed into it (a value that could not be
		// read, "abc" for a number, was typed too); a removal adds nothing and keeps what is being typed
		boolean withTarget = !removing && (pressed == Part.TARGETS || !form.target().isBlank()
				|| form.targetResult().hasErrors());
		boolean withTask = !removing && (pressed == Part.TASKS || !form.task().isBlank()
				|| form.taskResult().hasErrors());
		if (withTarget) {
			validator.validate(form.target(), form.targetResult());
		}
		if (withTask) {
			validator.validate(form.task(), form.taskResult());
		}
		if (form.conclusionsResult().hasErrors() || form.targetResult().hasErrors() || form.taskResult().hasErrors()) {
			return pages.month(user, code, m, model);
		}
		ReviewPlan.Change change = new ReviewPlan.Change(form.conclusions().version,
				form.conclusions().sent() ? form.conclusions().texts : null, form.conclusions().situation,
				withTarget ? form.target() : null,
				withTask ? form.task() : null, removeTarget);
		List<String> saved;
		try {
			saved = plan.save(user, code, m, change);
		}
		catch (BusinessRuleException ex) {
			BindingResult where = ex.getField() == null ? form.conclusionsResult()
					: TASK_FIELDS.contains(ex.getField()) ? form.taskResult() : form.targetResult();
			FormErrors.trySave(where, () -> {
				throw ex;
			});
			return pages.month(user, code, m, model);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			FormErrors.trySave(form.conclusionsResult(), () -> {
				throw ex;
			});
			return pages.month(user, code, m, model);
		}
		String month = "/reviews/" + code + "/" + m;
		if (thenConclude) {
			return "redirect:" + month + "/conclude";
		}
		if (removing) {
			// what was being typed comes back in its fields (the page fills the others from the stored review)
			if (!form.target().isBlank()) {
				flash.addFlashAttribute("targetForm", form.target());
			}
			if (!form.task().isBlank()) {
				flash.addFlashAttribute("taskForm", form.task());
			}
		}
		flash.addFlashAttribute("planSaved", saved);
		flash.addFlashAttribute("planSection", pressed.anchor);
		return "redirect:" + month + "#" + pressed.anchor;
	}

}
