package vn.phoihop.review;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.phoihop.account.AccountService;
import vn.phoihop.account.AppUser;
import vn.phoihop.account.PartySigners.Signer;
import vn.phoihop.agreement.ContentArea;
import vn.phoihop.agreement.Target;
import vn.phoihop.document.DocumentRegister;
import vn.phoihop.document.DocumentType;
import vn.phoihop.review.ReviewForms.ConcludeForm;
import vn.phoihop.review.ReviewForms.ConclusionsForm;
import vn.phoihop.review.ReviewForms.ReopenForm;
import vn.phoihop.review.ReviewForms.ReturnForm;
import vn.phoihop.review.ReviewForms.SubmissionForm;
import vn.phoihop.review.ReviewForms.TargetForm;
import vn.phoihop.review.ReviewForms.TaskForm;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.Labels;
import vn.phoihop.shared.web.NumberText;

/**
 * The models of the review's pages, shared by the controllers that show them and those that show them again with a
 * refused form: a form already in the model (as the user typed it, with its errors) is kept; the others are filled
 * from the stored review.
 */
@Component
class ReviewPageModel {

	private final ReviewMonthPage pages;

	private final AccountService accounts;

	private final MessageSource messages;

	private final NumberText num;

	private final ConclusionSigners signers;

	private final DocumentRegister register;

	private final MonthSituation situation;

	ReviewPageModel(ReviewMonthPage pages, AccountService accounts, MessageSource messages, NumberText num,
			ConclusionSigners signers, DocumentRegister register, MonthSituation situation) {
		this.situation = situation;
		this.register = register;
		this.pages = pages;
		this.accounts = accounts;
		this.messages = messages;
		this.num = num;
		this.signers = signers;
	}

	/** The month page; its one form carries the conclusions, a new target and a new task. */
	String month(CurrentUser user, String code, YearMonth month, Model model) {
		ReviewMonthPage.MonthView view = pages.month(user, code, month);
		MonthlyReview r = view.review();
		model.addAttribute("view", view);
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("tables", MonthTables.of(view, num, new Labels(messages, locale), locale));
		model.addAttribute("situation", situation.page(user, view, locale));
		model.addAttribute("contentAreas", ContentArea.offered(r.getConclusions().keySet()));
		model.addAttribute("metrics", Target.Metric.forMonthlyTargets());
		if (!model.containsAttribute("conclusionsForm")) {
			model.addAttribute("conclusionsForm", ConclusionsForm.from(r));
		}
		if (!model.containsAttribute("targetForm")) {
			model.addAttribute("targetForm", new TargetForm());
		}
		if (!model.containsAttribute("taskForm")) {
			TaskForm f = new TaskForm();
			f.dueDate = month.plusMonths(1).atEndOfMonth();
			model.addAttribute("taskForm", f);
		}
		return "review/month";
	}

	/** The confirmation of a conclusion: the communes whose report is not in, the number, the date, the reason. */
	String conclude(CurrentUser user, String code, YearMonth month, Model model) {
		ReviewMonthPage.DecisionView view = pages.decision(user, code, month);
		model.addAttribute("view", view);
		model.addAttribute("contentAreas", ContentArea.all());
		List<Signer> choices = signers.choices(view.post());
		model.addAttribute("signers", choices);
		if (!model.containsAttribute("concludeForm")) {
			ConcludeForm f = new ConcludeForm();
			f.version = view.review().getVersion();
			f.signer = signers.byDefault(choices, user);
			LocalDate today = LocalDate.now();
			f.concludedOn = today.isBefore(view.review().concludableFrom()) ? null : today;
			model.addAttribute("concludeForm", f);
		}
		// the number the register will give (for the year of the date shown), not reserved: another document of the
		// post issued meanwhile takes it, and this conclusion gets the next one
		ConcludeForm form = (ConcludeForm) model.getAttribute("concludeForm");
		int year = form.concludedOn == null ? LocalDate.now().getYear() : form.concludedOn.getYear();
		model.addAttribute("nextNumber", register.next(view.post().getId(), DocumentType.KET_LUAN, year));
		model.addAttribute("nextNumberYear", String.valueOf(year));
		return "review/conclude";
	}

	/** The confirmation of a reopening, with its reason. */
	String reopen(CurrentUser user, String code, YearMonth month, Model model) {
		ReviewMonthPage.DecisionView view = pages.decision(user, code, month);
		model.addAttribute("view", view);
		if (!model.containsAttribute("reopenForm")) {
			ReopenForm f = new ReopenForm();
			f.version = view.review().getVersion();
			model.addAttribute("reopenForm", f);
		}
		return "review/reopen";
	}

	/** A commune's report of the month. */
	String submission(CurrentUser user, String code, YearMonth month, Long communeId, Model model) {
		ReviewMonthPage.SubmissionView view = submissionView(user, code, month, communeId, model);
		if (!model.containsAttribute("submissionForm")) {
			model.addAttribute("submissionForm", SubmissionForm.from(view.submission()));
		}
		return "review/submission";
	}

	/** The confirmation of returning a commune's report, with the comment the commune will read. */
	String returnSubmission(CurrentUser user, String code, YearMonth month, Long communeId, Model model) {
		ReviewMonthPage.SubmissionView view = submissionView(user, code, month, communeId, model);
		if (!model.containsAttribute("returnForm")) {
			ReturnForm f = new ReturnForm();
			f.version = view.submission() == null ? 0 : view.submission().getVersion();
			model.addAttribute("returnForm", f);
		}
		return "review/return";
	}

	private ReviewMonthPage.SubmissionView submissionView(CurrentUser user, String code, YearMonth month,
			Long communeId, Model model) {
		ReviewMonthPage.SubmissionView view = pages.submission(user, code, month, communeId);
		model.addAttribute("view", view);
		model.addAttribute("situation",
				situation.commune(user, view.commune(), month, LocaleContextHolder.getLocale()));
		// who sent it, by name (the commander does not know the officials' usernames)
		String by = view.submission() == null ? null : view.submission().getSubmittedBy();
		model.addAttribute("submitter", by == null ? null
				: accounts.byUsername(by).map(AppUser::getFullName).orElse(by));
		return view;
	}

}
