package vn.phoihop.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.phoihop.privacy.RequestsOverdue;
import vn.phoihop.review.CommuneMonthReports;
import vn.phoihop.review.WaitingForYou;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;
import vn.phoihop.shared.web.NumberText;
import vn.phoihop.shared.web.Paging;
import vn.phoihop.territory.Commune;
import vn.phoihop.territory.Scope;
import vn.phoihop.territory.ScopeService;
import vn.phoihop.territory.TerritoryService;

/** The signed-in user's home page: their unit and what they can reach. */
@Controller
class DashboardController {

	private final ScopeService scopes;

	private final TerritoryService territory;

	private final WaitingForYou waiting;

	private final DashboardFigures figures;

	private final NumberText num;

	private final OfficialMonth officialMonth;

	private final CommuneMonthReports reports;

	private final RequestsOverdue overdueRequests;

	private final SecurityCard security;

	DashboardController(ScopeService scopes, TerritoryService territory, WaitingForYou waiting,
			DashboardFigures figures, NumberText num, OfficialMonth officialMonth, CommuneMonthReports reports,
			RequestsOverdue overdueRequests, SecurityCard security) {
		this.security = security;
		this.overdueRequests = overdueRequests;
		this.scopes = scopes;
		this.territory = territory;
		this.waiting = waiting;
		this.figures = figures;
		this.num = num;
		this.officialMonth = officialMonth;
		this.reports = reports;
	}

	/** A post's row of the comparison, its figures as text. */
	public record PostCells(String name, String activities, String outreach, String patrols, String report) {
	}

	/**
	 * The official's month: the reports of last month and this month (the one to send is the earliest still due, else
	 * this month's, to read), and the month's activities with a link to the log of the month.
	 */
	private void officialMonth(CurrentUser user, Scope scope, YearMonth month, Model model) {
		CommuneMonthReports.Reports all = reports.of(user);
		List<CommuneMonthReports.Report> due = all.lastAndThisMonth();
		model.addAttribute("monthReports", due);
		model.addAttribute("returnedReports", all.returned());
		model.addAttribute("sendReport", due.stream().filter(r -> r.state().due()).findFirst()
			.or(() -> due.stream().filter(r -> r.month().equals(month)).findFirst()).orElse(null));
		model.addAttribute("logged", officialMonth.logged(scope, month));
		model.addAttribute("monthLog", "/activities?from=" + month.atDay(1) + "&to=" + month.atEndOfMonth());
	}

	private static final WaitingForYou.Waiting NOTHING_WAITING = new WaitingForYou.Waiting(List.of(), List.of(),
			List.of(), List.of());

	/** Up to this many communes are listed on the dashboard; more are shown as their number. */
	static final int LISTED_COMMUNES = 50;

	@GetMapping("/")
	String dashboard(@AuthenticationPrincipal CurrentUser user, Model model,
			@RequestParam(defaultValue = "1") int page, HttpServletRequest request) {
		Scope scope = scopes.scopeOf(user);
		// a commune official's first page is "this month" (what is due, what was logged, what was returned); the others
		// see what waits for them
		boolean official = user.role() == Role.COMMUNE_OFFICIAL;
		model.addAttribute("hasWork", user.role() == Role.COMMANDER || user.role() == Role.POST_CADRE);
		model.addAttribute("isAdmin", user.role() == Role.ADMIN);
		// a large scope (a big province, the country: 1,500 communes) is shown as a number, not loaded as entities
		boolean large = scope.all() || scope.communeIds().size() > LISTED_COMMUNES;
		Map<Long, String> labels = large ? territory.communeLabels() : null;
		List<Commune> communes = large ? List.of() : territory.communesIn(scope);
		model.addAttribute("communes", communes);
		model.addAttribute("communeCount", large ? (scope.all() ? labels.size() : scope.communeIds().size())
				: communes.size());
		var post = territory.post(user.postId()).orElse(null);
		model.addAttribute("post", post);
		// an official's own commune is in their scope's list: no statement of its own
		model.addAttribute("commune", communes.stream().filter(c -> c.getId().equals(user.communeId())).findFirst()
			.or(() -> territory.commune(user.communeId())).orElse(null));
		model.addAttribute("province", territory.province(user.provinceId()).orElse(null));
		Map<Long, String> names = large ? labels : new HashMap<>();
		communes.forEach(c -> names.put(c.getId(), c.getLabel()));
		// an official's returned reports and months to send are in their month's card (CommuneMonthReports)
		model.addAttribute("waiting", official ? NOTHING_WAITING : waiting.of(user, post, names));
		LocalDate today = LocalDate.now();
		model.addAttribute("overdueRequests", overdueRequests.count(user, today));
		model.addAttribute("overdueRequestsLink", RequestsOverdue.LIST);
		model.addAttribute("security", security.of(user, scope, today));
		if (official) {
			officialMonth(user, scope, YearMonth.from(today), model);
		}
		var dashboard = figures.dashboard(user, today);
		var monthly = dashboard.monthly();
		model.addAttribute("monthly", monthly);
		model.addAttribute("monthlyRows", monthly.rows(num::i));
		model.addAttribute("thisMonth", dashboard.thisMonth());
		var poverty = dashboard.poverty();
		model.addAttribute("poverty", poverty);
		model.addAttribute("povertyRows", poverty.rows(num::i));
		var posts = dashboard.posts();
		model.addAttribute("postComparison", posts);
		// the whole country is 500 rows: each row's figures and its report link as text, not a number format and a
		// link expression per row in the template (list rows prepared as text, docs/performance.md)
		String report = request.getContextPath() + "/reports/period?post=";
		String range = "&from=" + today.withDayOfYear(1) + "&to=" + today;
		// 25 posts a page: the whole country's 500 rows were 85 % of the administrator's dashboard's CPU, and a
		// page of 500 rows is not read on a phone (docs/performance.md)
		var postPage = Paging.page(posts, page);
		model.addAttribute("postsPaging", Paging.of(postPage));
		model.addAttribute("postRows", postPage.getContent().stream()
			.map(p -> new PostCells(p.name(), num.i(p.activities()), num.i(p.outreach()), num.i(p.patrols()),
					report + URLEncoder.encode(p.code(), StandardCharsets.UTF_8) + range))
			.toList());
		return "dashboard/index";
	}

}
