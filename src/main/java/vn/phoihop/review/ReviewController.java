package vn.phoihop.review;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.IntStream;

import jakarta.validation.Valid;
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

import vn.phoihop.document.DocumentRegister;
import vn.phoihop.review.ReviewForms.SubmissionForm;
import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.DateText;
import vn.phoihop.shared.web.FormErrors;
import vn.phoihop.shared.web.Paging;

/**
 * The reviews' pages to read: the list of months, a month (its commander's form is {@link ReviewPlanController}'s,
 * its decisions {@link ReviewConfirmController}'s), the printed conclusion, and a commune's report with the
 * official's form.
 */
@Controller
@RequestMapping("/reviews")
class ReviewController {

	private final ReviewList list;

	private final ReviewMonthPage pages;

	private final ReviewPageModel pageModel;

	private final ReviewDecisions decisions;

	private final ReviewPdf pdf;

	private final DocumentRegister register;

	ReviewController(ReviewList list, ReviewMonthPage pages, ReviewPageModel pageModel, ReviewDecisions decisions,
			ReviewPdf pdf, DocumentRegister register) {
		this.register = register;
		this.list = list;
		this.pages = pages;
		this.pageModel = pageModel;
		this.decisions = decisions;
		this.pdf = pdf;
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
			@RequestParam(defaultValue = "false") boolean print, Model model) {
		if (print) {
			// the month as read, for the printer: what was saved, without the forms (month.html; the layout loads
			// print.js for a page with "print")
			model.addAttribute("print", Boolean.TRUE);
		}
		return pageModel.month(user, code, parse(month), model);
	}

	@GetMapping(value = "/{code}/{month}/pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
			@PathVariable String month) {
		YearMonth m = parse(month);
		ReviewMonthPage.MonthView view = pages.concluded(user, code, m);
		// the bytes issued through the register when the month was concluded; a month concluded before the register
		// is printed now, as it was then: a Party document, in Vietnamese whatever the page's language
		byte[] body = register.current(ReviewDecisions.source(view.review())).orElseGet(() -> pdf.render(view));
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
		return pageModel.submission(user, code, parse(month), communeId, model);
	}

	@PostMapping("/{code}/{month}/submissions/{communeId}")
	String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, @PathVariable String month,
			@PathVariable Long communeId, @Valid @ModelAttribute("submissionForm") SubmissionForm form,
			BindingResult result, @RequestParam(defaultValue = "submit") String action, Model model,
			RedirectAttributes flash) {
		YearMonth m = parse(month);
		boolean submit = !"draft".equals(action);
		try {
			if (result.hasErrors()
					|| !FormErrors.trySave(result, () -> decisions.submit(user, code, m, communeId, form, submit))) {
				return pageModel.submission(user, code, m, communeId, model);
			}
			flash.addFlashAttribute("success", submit ? "submission.submitted" : "submission.draftSaved");
		}
		catch (AlreadySent ex) {
			flash.addFlashAttribute("success", "submission.alreadySent");
		}
		return "redirect:/reviews/" + code + "/" + m + "/submissions/" + communeId;
	}

	// ---- helpers

	static YearMonth parse(String month) {
		try {
			return DateText.parseMonth(month);
		}
		catch (DateTimeParseException ex) {
			throw new NotFoundException();
		}
	}

}
