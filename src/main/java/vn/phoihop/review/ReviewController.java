package vn.phoihop.review;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.IntStream;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

import vn.phoihop.account.AccountService;
import vn.phoihop.account.AppUser;
import vn.phoihop.agreement.ContentArea;
import vn.phoihop.agreement.Target;
import vn.phoihop.review.ReviewForms.ConcludeForm;
import vn.phoihop.review.ReviewForms.ConclusionsForm;
import vn.phoihop.review.ReviewForms.ReopenForm;
import vn.phoihop.review.ReviewForms.ReturnForm;
import vn.phoihop.review.ReviewForms.SubmissionForm;
import vn.phoihop.review.ReviewForms.TargetForm;
import vn.phoihop.review.ReviewForms.TaskForm;
import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.domain.StaleEditException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.DateText;
import vn.phoihop.shared.web.FormErrors;
import vn.phoihop.shared.web.Labels;
import vn.phoihop.shared.web.NumberText;
import vn.phoihop.shared.web.Paging;

@Controller
@RequestMapping("/reviews")
class ReviewController {

	private final ReviewList list;

	private final ReviewMonthPage pages;

	private final ReviewDecisions decisions;

	private final ReviewTasks tasks;

	private final ReviewPdf pdf;

	private final AccountService accounts;

	private final MessageSource messages;

	private final NumberText num;

	ReviewController(ReviewList list, ReviewMonthPage pages, ReviewDecisions decisions, ReviewTasks tasks,
			ReviewPdf pdf, AccountService accounts, MessageSource messages, NumberText num) {
		this.list = list;
		this.pages = pages;
		this.decisions = decisions;
		this.tasks = tasks;
		this.pdf = pdf;
		this.accounts = accounts;
		this.messages = messages;
		this.num = num;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String year,
			@RequestParam(defaultValue = "1") int page, Model model) {
		int thisYear = YearMonth.now().getYear();
		// a year from the list's own select; anything else (typed into the URL) is the default view, not an error
		Integer y = year != null && year.matches("\\d{4}") && Integer.parseInt(year) >= 2000
				&& Integer.parseInt(year) <= thisYear ? Integer.valueOf(year) : null;
		ReviewList.Months months = list.list(user, y);
		Page<ReviewList.MonthRow> shown = Paging.page(months.rows(), page);
		model.addAttribute("rows", shown.getContent());
		model.addAttribute("paging", Paging.of(shown));
		model.addAttribute("pageUrl", y == null ? "/reviews" : "/reviews?year=" + y);
		model.addAttribute("year", y);
		model.addAttribute("years", IntStream.rangeClosed(thisYear - 11, thisYear).boxed()
			.sorted(Comparator.reverseOrder()).toList());
		model.addAttribute("posts", months.posts());
		model.addAttribute("currentMonth", YearMonth.now());
		return "review/list";
	}

	/** The "open a month" form of the list: any past month of a post, even one nobody has written yet. */
	@GetMapping("/go")
	String go(@RequestParam String post, @RequestParam String month) {
		if (!post.matches("[A-Za-z0-9_-]{1,20}")) {
			throw new NotFoundException();
		}
		return "redirect:/reviews/" + post + "/" + parse(month);
	}

	@GetMapping("/{code}/{month}")
	String month(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, @PathVariable String month,
			Model model) {
		return page(user, code, parse(month), model);
	}

	@PostMapping("/{code}/{month}/conclusions")
	String conclusions(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
			@PathVariable String month, @ModelAttribute("conclusionsForm") ConclusionsForm form, BindingResult result,
			Model model, RedirectAttributes flash) {
		YearMonth m = parse(month);
		decisions.requireCommander(user, code, m);
		if (result.hasErrors() || !FormErrors.trySave(result, () -> decisions.saveConclusions(user, code, m, form))) {
			return page(user, code, m, model);
		}
		return done(flash, "review.conclusions.saved", code, m);
	}

	@PostMapping("/{code}/{month}/targets")
	String addTarget(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, @PathVariable String month,
			@Valid @ModelAttribute("targetForm") TargetForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		YearMonth m = parse(month);
		decisions.requireCommander(user, code, m);
		if (result.hasErrors() || !FormErrors.trySave(result, () -> decisions.addTarget(user, code, m, form))) {
			return page(user, code, m, model);
		}
		return done(flash, "review.target.saved", code, m);
	}

	@PostMapping("/{code}/{month}/targets/{index}/delete")
	String removeTarget(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
			@PathVariable String month, @PathVariable int index, @RequestParam Integer version,
			RedirectAttributes flash) {
		YearMonth m = parse(month);
		try {
			decisions.removeTarget(user, code, m, index, version);
			return done(flash, "review.target.removed", code, m);
		}
		catch (BusinessRuleException | StaleEditException ex) {
			flash.addFlashAttribute("error", ex instanceof BusinessRuleException b ? b.getMessageKey() : "edit.stale");
			return "redirect:/reviews/" + code + "/" + m;
		}
	}

	@PostMapping("/{code}/{month}/tasks")
	String addTask(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, @PathVariable String month,
			@Valid @ModelAttribute("taskForm") TaskForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		YearMonth m = parse(month);
		decisions.requireCommander(user, code, m);
		if (result.hasErrors() || !FormErrors.trySave(result, () -> tasks.add(user, code, m, form))) {
			return page(user, code, m, model);
		}
		return done(flash, "task.saved", code, m);
	}

	@PostMapping("/{code}/{month}/conclude")
	String conclude(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, @PathVariable String month,
			@Valid @ModelAttribute("concludeForm") ConcludeForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		YearMonth m = parse(month);
		decisions.requireCommander(user, code, m);
		if (result.hasErrors() || !FormErrors.trySave(result, () -> decisions.conclude(user, code, m, form))) {
			return page(user, code, m, model);
		}
		return done(flash, "review.concluded", code, m);
	}

	@PostMapping("/{code}/{month}/reopen")
	String reopen(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, @PathVariable String month,
			@Valid @ModelAttribute("reopenForm") ReopenForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		YearMonth m = parse(month);
		decisions.requireCommander(user, code, m);
		if (result.hasErrors() || !FormErrors.trySave(result, () -> decisions.reopen(user, code, m, form))) {
			return page(user, code, m, model);
		}
		return done(flash, "review.reopened", code, m);
	}

	@GetMapping(value = "/{code}/{month}/pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
			@PathVariable String month, Locale locale) {
		YearMonth m = parse(month);
		ReviewMonthPage.MonthView view = pages.concluded(user, code, m);
		byte[] body = pdf.render(view, locale);
		String filename = "ket-luan-" + view.post().getCode().toLowerCase(Locale.ROOT) + "-" + m + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
			.body(body);
	}

	// ---- submissions

	@GetMapping("/{code}/{month}/submissions/{communeId}")
	String submission(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
			@PathVariable String month, @PathVariable Long communeId, Model model) {
		return submissionPage(user, code, parse(month), communeId, model);
	}

	@PostMapping("/{code}/{month}/submissions/{communeId}")
	String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, @PathVariable String month,
			@PathVariable Long communeId, @Valid @ModelAttribute("submissionForm") SubmissionForm form,
			BindingResult result, @RequestParam(defaultValue = "submit") String action, Model model,
			RedirectAttributes flash) {
		YearMonth m = parse(month);
		boolean submit = !"draft".equals(action);
		if (result.hasErrors()
				|| !FormErrors.trySave(result, () -> decisions.submit(user, code, m, communeId, form, submit))) {
			return submissionPage(user, code, m, communeId, model);
		}
		flash.addFlashAttribute("success", submit ? "submission.submitted" : "submission.draftSaved");
		return "redirect:/reviews/" + code + "/" + m + "/submissions/" + communeId;
	}

	@PostMapping("/{code}/{month}/submissions/{communeId}/return")
	String returnSubmission(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
			@PathVariable String month, @PathVariable Long communeId,
			@Valid @ModelAttribute("returnForm") ReturnForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		YearMonth m = parse(month);
		decisions.requireCommander(user, code, m);
		if (result.hasErrors()
				|| !FormErrors.trySave(result, () -> decisions.returnSubmission(user, code, m, communeId, form))) {
			return submissionPage(user, code, m, communeId, model);
		}
		flash.addFlashAttribute("success", "submission.returned");
		return "redirect:/reviews/" + code + "/" + m + "/submissions/" + communeId;
	}

	// ---- helpers

	private String page(CurrentUser user, String code, YearMonth month, Model model) {
		ReviewMonthPage.MonthView view = pages.month(user, code, month);
		MonthlyReview r = view.review();
		model.addAttribute("view", view);
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("tables", MonthTables.of(view, num, new Labels(messages, locale), locale));
		model.addAttribute("contentAreas", ContentArea.values());
		model.addAttribute("metrics", Target.Metric.values());
		if (!model.containsAttribute("conclusionsForm")) {
			model.addAttribute("conclusionsForm", ConclusionsForm.from(r));
		}
		if (!model.containsAttribute("targetForm")) {
			TargetForm f = new TargetForm();
			f.version = r.getVersion();
			model.addAttribute("targetForm", f);
		}
		if (!model.containsAttribute("taskForm")) {
			TaskForm f = new TaskForm();
			f.version = r.getVersion();
			f.dueDate = month.plusMonths(1).atEndOfMonth();
			model.addAttribute("taskForm", f);
		}
		if (!model.containsAttribute("concludeForm")) {
			ConcludeForm f = new ConcludeForm();
			f.version = r.getVersion();
			f.conclusionNumber = view.suggestedNumber();
			LocalDate today = LocalDate.now();
			f.concludedOn = today.isBefore(month.atDay(1)) ? month.atDay(1) : today;
			model.addAttribute("concludeForm", f);
		}
		if (!model.containsAttribute("reopenForm")) {
			ReopenForm f = new ReopenForm();
			f.version = r.getVersion();
			model.addAttribute("reopenForm", f);
		}
		return "review/month";
	}

	private String submissionPage(CurrentUser user, String code, YearMonth month, Long communeId, Model model) {
		ReviewMonthPage.SubmissionView view = pages.submission(user, code, month, communeId);
		model.addAttribute("view", view);
		// who sent it, by name (the commander does not know the officials' usernames)
		String by = view.submission() == null ? null : view.submission().getSubmittedBy();
		model.addAttribute("submitter", by == null ? null
				: accounts.byUsername(by).map(AppUser::getFullName).orElse(by));
		if (!model.containsAttribute("submissionForm")) {
			model.addAttribute("submissionForm", SubmissionForm.from(view.submission()));
		}
		if (!model.containsAttribute("returnForm")) {
			ReturnForm f = new ReturnForm();
			f.version = view.submission() == null ? 0 : view.submission().getVersion();
			model.addAttribute("returnForm", f);
		}
		return "review/submission";
	}

	private static String done(RedirectAttributes flash, String key, String code, YearMonth m) {
		flash.addFlashAttribute("success", key);
		return "redirect:/reviews/" + code + "/" + m;
	}

	static YearMonth parse(String month) {
		try {
			return DateText.parseMonth(month);
		}
		catch (DateTimeParseException ex) {
			throw new NotFoundException();
		}
	}

}
