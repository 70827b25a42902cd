package vn.phoihop.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
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

import vn.phoihop.review.ReviewForms.TaskDoneForm;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.FormErrors;
import vn.phoihop.shared.web.Labels;
import vn.phoihop.shared.web.ListPrint;
import vn.phoihop.shared.web.Paging;

/**
 * My tasks (POST_CADRE) or the post's tasks (COMMANDER); overdue ones first and marked; searched, filtered by status
 * and cadre, paged and printed like the other lists. Each open task has its own small form (its result and "Hoàn
 * thành"), with a local draft of the result typed; a task marked done brings the page back to its row, on the page of
 * the filter where it now is.
 */
@Controller
@RequestMapping("/tasks")
class TaskController {

	private final ReviewTasks tasks;

	private final MessageSource messages;

	TaskController(ReviewTasks tasks, MessageSource messages) {
		this.tasks = tasks;
		this.messages = messages;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") TaskFilter filter,
			BindingResult ignored, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "false") boolean print, Locale locale, Model model) {
		return page(user, filter, page, print, locale, model, null, null);
	}

	@PostMapping("/{id}/done")
	String done(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("doneForm") TaskDoneForm form, BindingResult result,
			@ModelAttribute("filter") TaskFilter filter, BindingResult ignored,
			@RequestParam(defaultValue = "1") int page, Locale locale, Model model,
			RedirectAttributes flash) {
		try {
			if (result.hasErrors() || !FormErrors.trySave(result, () -> tasks.complete(user, id, form))) {
				return page(user, filter, page, false, locale, model, id, form);
			}
		}
		catch (AlreadySent ex) {
			// the same result sent again (a lost answer, the outbox): recorded the first time, shown as recorded
		}
		// back where the cadre was: the task's row, which says it was recorded (a list of many tasks on a phone), on
		// the page of the filter where the task now is (done tasks go last); the filter may no longer keep it
		flash.addFlashAttribute("doneTaskId", id);
		List<Task> rows = sorted(user, filter);
		int at = rows.stream().map(Task::getId).toList().indexOf(id);
		String url = filter.query("/tasks");
		if (at >= 0 && at >= Paging.SIZE) {
			url += (url.contains("?") ? "&" : "?") + "page=" + (at / Paging.SIZE + 1);
		}
		return "redirect:" + url + (at >= 0 ? "#task-" + id : "");
	}

	/** The user's tasks the filter keeps: overdue first, then open, then done, each by due date. */
	private List<Task> sorted(CurrentUser user, TaskFilter filter) {
		LocalDate today = LocalDate.now();
		List<Task> kept = new ArrayList<>(tasks.of(user).stream().filter(t -> filter.keeps(t, today)).toList());
		kept.sort(Comparator.comparing((Task t) -> switch (t.statusOn(today)) {
			case OVERDUE -> 0;
			case OPEN -> 1;
			case DONE -> 2;
		}).thenComparing(Task::getDueDate));
		return kept;
	}

	private String page(CurrentUser user, TaskFilter filter, int page, boolean print, Locale locale,
			Model model, Long failedId, TaskDoneForm failed) {
		List<Task> all = sorted(user, filter);
		Map<Long, String> cadres = tasks.cadreNames(user);
		List<Task> shown;
		if (print) {
			shown = all.subList(0, Math.min(all.size(), ListPrint.LIMIT));
			Labels labels = new Labels(messages, locale);
			model.addAttribute("print", new ListPrint.Criteria().add("common.search", filter.blankQ())
				.add("common.status", filter.getStatus() == null ? null : labels.get(filter.getStatus().labelKey()))
				.add("task.assignee", filter.getCadreId() == null ? null : cadres.get(filter.getCadreId()))
				.heading("task.list.title", all.size(), shown.size(), filter.query("/tasks")));
		}
		else {
			Page<Task> one = Paging.page(all, page);
			shown = one.getContent();
			model.addAttribute("paging", Paging.of(one));
		}
		model.addAttribute("tasks", shown);
		model.addAttribute("cadreNames", cadres);
		model.addAttribute("postCodes", tasks.postCodes(shown));
		model.addAttribute("failedId", failedId);
		model.addAttribute("listUrl", filter.query("/tasks"));
		model.addAttribute("printLink", ListPrint.link(filter.query("/tasks")));
		model.addAttribute("statuses", TaskStatus.values());
		if (!model.containsAttribute("doneForm")) {
			model.addAttribute("doneForm", new TaskDoneForm());
		}
		return "review/tasks";
	}

}
