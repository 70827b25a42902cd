package vn.phoihop.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.Valid;
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

import vn.phoihop.review.ReviewForms.TaskDoneForm;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.FormErrors;

/**
 * My tasks (POST_CADRE) or the post's tasks (COMMANDER); overdue ones first and marked. Each open task has its own
 * small form (its result and "Hoàn thành"), with a local draft of the result typed; a task marked done brings the
 * page back to its row.
 */
@Controller
@RequestMapping("/tasks")
class TaskController {

	private final ReviewTasks tasks;

	TaskController(ReviewTasks tasks) {
		this.tasks = tasks;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		return page(user, model, null, null);
	}

	@PostMapping("/{id}/done")
	String done(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("doneForm") TaskDoneForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		if (result.hasErrors() || !FormErrors.trySave(result, () -> tasks.complete(user, id, form))) {
			return page(user, model, id, form);
		}
		// back where the cadre was: the task's row, which says it was recorded (a list of many tasks on a phone)
		flash.addFlashAttribute("doneTaskId", id);
		return "redirect:/tasks#task-" + id;
	}

	private String page(CurrentUser user, Model model, Long failedId, TaskDoneForm failed) {
		List<Task> list = tasks.of(user);
		List<Task> sorted = new ArrayList<>(list);
		sorted.sort(Comparator.comparing((Task t) -> t.getEffectiveStatus().ordinal() == 2 ? 0
				: t.getEffectiveStatus().ordinal() == 0 ? 1 : 2).thenComparing(Task::getDueDate));
		model.addAttribute("tasks", sorted);
		model.addAttribute("cadreNames", tasks.cadreNames(user));
		model.addAttribute("postCodes", tasks.postCodes(sorted));
		model.addAttribute("failedId", failedId);
		if (!model.containsAttribute("doneForm")) {
			model.addAttribute("doneForm", new TaskDoneForm());
		}
		return "review/tasks";
	}

}
