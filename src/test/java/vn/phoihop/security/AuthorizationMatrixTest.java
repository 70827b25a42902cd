package vn.phoihop.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;

/**
 * Every route × every role × own unit / other unit. The routes come from the controllers' mappings, so a new route
 * without a rule here fails the test.
 *
 * A rule has one letter per user, in the order of {@link #USERS}: Y = may (any answer but 403/404 and not sent to
 * sign in), N = refused (403 or 404), - = not checked. The ids in a path belong to the new Dân Hóa (or its
 * predecessor Trọng Hóa): in Ra Mai's and Quảng Trị's scope, and in xa.danhoa's, but never in xa.tuyenlam's. POST
 * routes are only exercised where they must be refused (what is allowed is covered, with its effects, by the
 * feature tests).
 */
@IntegrationTest
class AuthorizationMatrixTest {

	static final List<String> USERS = List.of("admin", "chihuy.ramai", "canbo.ramai", "xa.danhoa", "tinh.quangtri",
			"xa.tuyenlam");

	static final String PUBLIC = "public";

	static final Map<String, String> RULES = new TreeMap<>();

	static {
		RULES.put("GET /login", PUBLIC);
		// the second step of a sign-in and the forgotten password: before anyone is signed in
		for (String r : List.of("/login/code", "/login/two-factor", "/password/forgot", "/password/reset")) {
			RULES.put("GET " + r, PUBLIC);
			RULES.put("POST " + r, PUBLIC);
		}
		RULES.put("GET /", "YYYYYY");
		// the administrator's whole trail; a commander's post (AuditScopeTest: another post's commander sees none)
		RULES.put("GET /audit", "YYNNNN");
		// a user's own account: every signed-in user, for their own account only (the writes take no user id)
		for (String r : List.of("/me", "/me/password", "/me/two-factor", "/me/email/confirm")) {
			RULES.put("GET " + r, "YYYYYY");
		}
		for (String r : List.of("/me/password", "/me/email", "/me/email/remove", "/me/email/confirm", "/me/two-factor",
				"/me/two-factor/recovery-codes", "/me/two-factor/disable")) {
			RULES.put("POST " + r, "------"); // allowed to all; their effects in MyAccountTest and TwoFactorTest
		}
		RULES.put("GET /admin/mail", "YNNNNN");
		// the reference data (vn.phoihop.reference): the administrator's only; ReferenceAdminTest covers the effects
		for (String r : List.of("/admin/reference", "/admin/reference/{kind}/new", "/admin/reference/{kind}/{code}")) {
			RULES.put("GET " + r, "YNNNNN");
		}
		RULES.put("POST /admin/reference/{kind}", "-NNNNN");
		RULES.put("POST /admin/users/{id}/two-factor/reset", "-NNNNN");
		for (String r : List.of("/admin/communes", "/admin/communes/new", "/admin/communes/{id}", "/admin/merges",
				"/admin/posts", "/admin/posts/new", "/admin/posts/{id}", "/admin/provinces", "/admin/provinces/new",
				"/admin/provinces/{id}", "/admin/villages", "/admin/villages/new", "/admin/villages/{id}", "/admin/users",
				"/admin/users/new", "/admin/users/{id}")) {
			RULES.put("GET " + r, "YNNNNN");
		}
		for (String r : List.of("/admin/communes", "/admin/merges", "/admin/posts", "/admin/posts/{id}/coverage",
				"/admin/posts/{id}/coverage/{coverageId}/delete", "/admin/provinces", "/admin/villages", "/admin/users",
				"/admin/users/{id}/enabled", "/admin/users/{id}/password")) {
			RULES.put("POST " + r, "-NNNNN");
		}
		// activities: the post's people and the commune officials; the provincial command reads reports only
		RULES.put("GET /activities", "YYYYNY");
		RULES.put("GET /activities/totals", "YYYYNY");
		RULES.put("GET /activities/export", "YYYYNY");
		RULES.put("GET /activities/new", "-YYYNY");
		RULES.put("GET /activities/form-fields", "-YYYNY");
		RULES.put("GET /activities/sent", "-YYYNY"); // whether a kept draft's one-time token saved an activity
		RULES.put("GET /activities/{id}", "YYYYNN");
		RULES.put("GET /activities/{id}/edit", "-YYYNN");
		RULES.put("GET /activities/{id}/attachments/{attachmentId}", "-YYYNN");
		RULES.put("POST /activities", "----N-");
		RULES.put("POST /activities/{id}/attachments", "----NN");
		// agreements: read within scope, edited by the post's commander (and the administrator)
		RULES.put("GET /agreements", "YYYYYY");
		RULES.put("GET /agreements/new", "YYNNNN");
		RULES.put("GET /agreements/{id}", "YYYYYN");
		RULES.put("GET /agreements/{id}/edit", "YYNNNN");
		RULES.put("GET /agreements/{id}/scan", "------"); // no scan in the demo data; see AgreementTest
		RULES.put("POST /agreements", "--NNNN");
		RULES.put("POST /agreements/{id}/scan", "--NNNN");
		RULES.put("POST /agreements/{id}/status", "--NNNN");
		// the agreement issued as the committee's document: the post's commander only (AgreementDocumentTest)
		RULES.put("GET /agreements/{id}/issue", "NYNNNN");
		RULES.put("POST /agreements/{id}/issue", "NYNNNN");
		// households: personal data, never for the provincial command
		RULES.put("GET /households", "YYYYNY");
		RULES.put("GET /households/export", "YYYYNY");
		RULES.put("GET /households/new", "-NNYNY");
		RULES.put("GET /households/{id}", "YYYYNN");
		RULES.put("GET /households/{id}/edit", "-NNYNN");
		RULES.put("GET /households/{id}/export", "YYYYNN");
		// an unmasked export asks for its purpose: those who see more than the mask (not the administrator)
		RULES.put("GET /households/export/full", "NYYYNY");
		RULES.put("POST /households/export/full", "N---N-");
		RULES.put("GET /households/summary", "YYYYYY");
		RULES.put("GET /households/import", "-NNYNY");
		RULES.put("GET /households/import/template.csv", "-NNYNY");
		RULES.put("GET /households/import/template.xlsx", "-NNYNY");
		RULES.put("POST /households", "-NNYNY".replace('Y', '-'));
		RULES.put("POST /households/{id}", "-NN-NN");
		RULES.put("POST /households/{id}/archive", "-NN-NN");
		RULES.put("POST /households/import", "-NN-N-");
		RULES.put("POST /households/import/confirm", "-NN-N-");
		RULES.put("GET /villages/{id}", "YYYYNN");
		RULES.put("GET /cadres", "YYYYNY");
		RULES.put("GET /cadres/new", "-Y-NNN");
		RULES.put("GET /cadres/{id}", "YYYYNY"); // the post's cadres; household names only within the reader's scope
		RULES.put("POST /cadres", "--NNNN");
		RULES.put("POST /cadres/{id}/assignments", "--NNNN");
		RULES.put("POST /cadres/{id}/assignments/{assignmentId}/end", "--NNNN");
		RULES.put("GET /groups", "YYYYNY");
		RULES.put("GET /groups/new", "-NNYNY");
		RULES.put("GET /groups/{id}", "YYYYNN");
		RULES.put("POST /groups", "-NN-N-");
		RULES.put("GET /models", "YYYYNY");
		RULES.put("GET /models/new", "-NNYNY");
		RULES.put("GET /models/{id}", "YYYYNN");
		RULES.put("GET /models/{id}/edit", "-NNYNN");
		RULES.put("POST /models", "-NN-N-");
		// a model's substance: edited on its page by the officials of its commune (another commune's model is a 404)
		for (String r : List.of("supports", "supports/{supportId}/delete", "scale", "results", "results/{year}/delete")) {
			RULES.put("POST /models/{id}/" + r, "NNN-NN");
		}
		// support programmes: listed for every role (the provincial command: totals only, no programme's page); a
		// programme changed by its unit (the post's commander here); beneficiaries and support recorded by the commander
		// for the post and by a commune's officials for their commune (another commune's beneficiary is a 404)
		RULES.put("GET /programmes", "YYYYYY");
		RULES.put("GET /programmes/new", "NYNYNY");
		RULES.put("POST /programmes", "N-N-N-");
		RULES.put("GET /programmes/{id}", "YYYYNY");
		RULES.put("GET /programmes/{id}/edit", "NYNNNN");
		RULES.put("POST /programmes/{id}", "N-NNNN");
		RULES.put("GET /programmes/{id}/beneficiaries/new", "NYNYNY");
		RULES.put("POST /programmes/{id}/beneficiaries", "N-N-N-");
		RULES.put("GET /programmes/{id}/beneficiaries/{beneficiaryId}", "YYYYNN");
		for (String r : List.of("supports", "supports/{supportId}/delete", "leave")) {
			RULES.put("POST /programmes/{id}/beneficiaries/{beneficiaryId}/" + r, "N-N-NN");
		}
		// the register of issued documents: read by those who read the post's reviews; a number cancelled by the
		// post's commander only (another post's document: DocumentRegisterTest)
		RULES.put("GET /documents", "YYYYYY");
		RULES.put("GET /documents/{id}/pdf", "YYYYYY");
		RULES.put("GET /documents/{id}/cancel", "NYNNNN");
		RULES.put("POST /documents/{id}/cancel", "-YNNNN");
		// monthly reviews: read by the post's people, its communes' officials and the provincial command;
		// decided by the post's commander only; a commune's submission by that commune's official
		RULES.put("GET /reviews", "YYYYYY");
		RULES.put("GET /reviews/go", "------");
		RULES.put("GET /reviews/{code}/{month}", "YYYYYY");
		RULES.put("GET /reviews/{code}/{month}/pdf", "YYYYYY");
		for (String r : List.of("conclusions", "targets", "targets/{index}/delete", "tasks", "conclude", "reopen")) {
			RULES.put("POST /reviews/{code}/{month}/" + r, "-YNNNN");
		}
		// the pages that confirm a decision: the post's commander only
		for (String r : List.of("conclude", "reopen", "submissions/{communeId}/return")) {
			RULES.put("GET /reviews/{code}/{month}/" + r, "NYNNNN");
		}
		RULES.put("GET /reviews/{code}/{month}/submissions/{communeId}", "YYYYYN");
		RULES.put("POST /reviews/{code}/{month}/submissions/{communeId}", "NNN-NN");
		RULES.put("POST /reviews/{code}/{month}/submissions/{communeId}/return", "-YNNNN");
		RULES.put("GET /reports/period", "YYYYYY"); // the form; the scope of each report is in PeriodReportTest
		// a post's period issued as its summing-up report: the post's commander only; the post and period are
		// required parameters, so the roles are proven with them in SummingUpDocumentTest
		RULES.put("GET /reports/period/issue", "------");
		RULES.put("POST /reports/period/issue", "------");
		// requests of the people concerned: handled by the commune's officials and the covering post's commander, read
		// by the administrator; never the post's cadres or the provincial command; another commune's request is a 404
		RULES.put("GET /privacy/requests", "YYNYNY");
		RULES.put("GET /privacy/requests/new", "NYNYNY");
		RULES.put("POST /privacy/requests", "N-N-N-");
		RULES.put("GET /privacy/requests/{id}", "YYNYNN");
		RULES.put("GET /privacy/requests/{id}/data.pdf", "YYNYNN");
		for (String r : List.of("start", "extend", "answer", "refuse", "anonymise")) {
			RULES.put("POST /privacy/requests/{id}/" + r, "N-N-NN");
		}
		// the situation register: the post's people and the communes' officials read and log items in scope; the
		// administrator reads, logs none; the provincial command gets the counts by category at /situation only
		RULES.put("GET /situation", "YYYYYY");
		RULES.put("GET /situation/export", "YYYYNY");
		RULES.put("GET /situation/new", "NYYYNY");
		RULES.put("GET /situation/{id}", "YYYYNN");
		RULES.put("GET /situation/{id}/edit", "NYYYNN");
		RULES.put("POST /situation", "N---N-");
		RULES.put("POST /situation/{id}", "N---NN");
		RULES.put("POST /situation/{id}/status", "N---NN");
		// a patrol's route and findings: read with the patrol, recorded by who may log in its commune
		RULES.put("GET /situation/patrols/{activityId}", "YYYYNN");
		RULES.put("POST /situation/patrols/{activityId}", "N---NN");
		// the border segment: the post's people (their post's markers), the officials (their commune's); the
		// commander keeps the markers and the period; inspections by the post's people and the commune's officials
		RULES.put("GET /border", "YYYYNY");
		RULES.put("POST /border/settings", "N-NNNN");
		RULES.put("GET /border/markers/new", "NYNNNN");
		RULES.put("POST /border/markers", "N-NNNN");
		RULES.put("GET /border/markers/{id}", "YYYYNN");
		RULES.put("GET /border/markers/{id}/edit", "NYNNNN");
		RULES.put("POST /border/markers/{id}", "N-NNNN");
		RULES.put("POST /border/markers/{id}/inspections", "N---NN");
		RULES.put("GET /tasks", "NYYNNN"); // the post's cadres and commander
		// personal data: who looked (the administrator; a commander for the post's communes, AccessLogTest), and the
		// residents' notice for every signed-in user
		RULES.put("GET /privacy/access-log", "YYNNNN");
		RULES.put("GET /privacy/access-log/household/{id}", "YYNNNN");
		RULES.put("GET /privacy/notice", "YYYYYY");
		RULES.put("POST /tasks/{id}/done", "---NNN");
		// yearly plans: read by the post's people and by whoever's scope meets the agreement's communes; drafted by
		// the post's people (officials: items their commune leads), approved by the post's commander only (PlanTest)
		RULES.put("GET /plans", "YYYYYY");
		RULES.put("GET /plans/new", "NYYNNN");
		RULES.put("GET /plans/completion", "YYYYYY"); // a month's completion, cut to the reader (PlanCompletionTest)
		RULES.put("POST /plans", "N--NNN");
		RULES.put("GET /plans/{id}", "YYYYYN");
		RULES.put("POST /plans/{id}/approve", "N-NNNN");
		RULES.put("POST /plans/{id}/reopen", "N-NNNN");
		RULES.put("GET /plans/{planId}/items/new", "NYYYNN");
		RULES.put("POST /plans/{planId}/items", "N---NN");
		RULES.put("GET /plans/{planId}/items/{itemId}", "YYYYYN");
		RULES.put("GET /plans/{planId}/items/{itemId}/edit", "NYY-NN"); // an official: the items their commune leads
		for (String r : List.of("", "/delete", "/status")) {
			RULES.put("POST /plans/{planId}/items/{itemId}" + r, "N---NN");
		}
		// the calendar of the reader's units; everyone's own feed link (made and revoked: CalendarFeedTest)
		RULES.put("GET /calendar", "YYYYYY");
		RULES.put("GET /calendar/link", "YYYYYY");
		RULES.put("POST /calendar/link", "------");
		RULES.put("POST /calendar/link/revoke", "------");
		RULES.put("GET /calendar/feed/{token}.ics", PUBLIC); // the secret token is the credential (CalendarFeedTest)
		// notifications: each person their own (another's id is a 404, NotificationEventsTest); the bell is asked for by
		// every page; how one is told, for one's own account
		RULES.put("GET /notifications", "YYYYYY");
		RULES.put("GET /notifications/bell", "YYYYYY");
		RULES.put("GET /notifications/{id}", "NNNYNN"); // a notification of xa.danhoa's
		RULES.put("POST /notifications/{id}/read", "NNN-NN");
		RULES.put("POST /notifications/read", "------");
		RULES.put("GET /me/notifications", "YYYYYY");
		RULES.put("POST /me/notifications", "------");
		// due dates: set by the post's commander, read by its cadres and the administrator
		RULES.put("GET /settings/deadlines", "YYYNNN");
		RULES.put("POST /settings/deadlines", "N-NNNN");
		// completeness and timeliness: each reader's own unit (CompletenessReportTest: another unit is a 404)
		RULES.put("GET /reports/completeness", "YYYYYY");
		// the installable app (vn.phoihop.offline): the worker, the manifest and the offline page hold no personal data;
		// the outbox's page and the worker's questions are each user's own (OfflineServerTest)
		for (String r : List.of("/sw.js", "/manifest.webmanifest", "/offline")) {
			RULES.put("GET " + r, PUBLIC);
		}
		for (String r : List.of("/outbox", "/offline/session", "/offline/sent", "/offline/plan")) {
			RULES.put("GET " + r, "YYYYYY");
		}
	}

	/** The Dân Hóa plan of the latest year (the demo data's). */
	static final String OWN_PLAN = "select p.id from coordination_plan p join agreement_commune ac "
			+ "on ac.agreement_id = p.agreement_id join commune c on c.id = ac.commune_id where c.code = 'DANHOA2025' "
			+ "order by p.year desc, p.id limit 1";

	/** A Dân Hóa / Trọng Hóa activity, one with an attachment when there is one. */
	static final String OWN_ACTIVITY = "select a.id from activity a join commune c on c.id = a.commune_id "
			+ "where c.code in ('TRONGHOA','DANHOA2025') "
			+ "order by exists (select 1 from activity_attachment t where t.activity_id = a.id) desc, a.id limit 1";

	/** Ra Mai's first programme (the post's: read by both communes' officials). */
	static final String RAMAI_PROGRAMME = "select min(p.id) from programme p join border_post bp on bp.id = p.post_id "
			+ "where bp.code = 'RAMAI'";

	/** A former Trọng Hóa beneficiary of that programme. */
	static final String OWN_BENEFICIARY = "select coalesce(min(b.id), -1) from programme_beneficiary b "
			+ "join commune c on c.id = b.commune_id where c.code in ('TRONGHOA', 'DANHOA2025') and b.programme_id = ("
			+ RAMAI_PROGRAMME + ")";

	/** Ids of Dân Hóa (or former Trọng Hóa) records for each path variable, by the route's first segment. */
	static final Map<String, String> IDS = Map.ofEntries(
			Map.entry("/activities/{id}", OWN_ACTIVITY),
			Map.entry("/activities/{attachmentId}", "select coalesce(min(t.id), -1) from activity_attachment t "
					+ "where t.activity_id = (" + OWN_ACTIVITY + ")"),
			Map.entry("/agreements/{id}", "select a.id from agreement a join agreement_commune ac on ac.agreement_id = a.id "
					+ "join commune c on c.id = ac.commune_id where c.code = 'DANHOA2025' order by a.id limit 1"),
			Map.entry("/households/{id}", "select h.id from household h join commune c on c.id = h.commune_id "
					+ "where c.code = 'TRONGHOA' and not h.archived order by h.id limit 1"),
			Map.entry("/privacy/access-log/{id}", "select h.id from household h join commune c on c.id = h.commune_id "
					+ "where c.code = 'TRONGHOA' and not h.archived order by h.id limit 1"),
			Map.entry("/villages/{id}", "select v.id from village v join commune c on c.id = v.commune_id "
					+ "where c.code = 'TRONGHOA' order by v.id limit 1"),
			Map.entry("/cadres/{id}", "select min(id) from cadre"),
			Map.entry("/cadres/{assignmentId}", "select coalesce(min(id), -1) from assignment"),
			Map.entry("/groups/{id}", "select g.id from self_managed_group g join commune c on c.id = g.commune_id "
					+ "where c.code = 'TRONGHOA' order by g.id limit 1"),
			Map.entry("/models/{id}", "select m.id from economic_model m join commune c on c.id = m.commune_id "
					+ "where c.code = 'TRONGHOA' order by m.id limit 1"),
			Map.entry("/models/{supportId}", "select coalesce(min(id), -1) from economic_model_support"),
			Map.entry("/models/{year}", "select 2021"),
			Map.entry("/programmes/{id}", RAMAI_PROGRAMME),
			Map.entry("/programmes/{beneficiaryId}", OWN_BENEFICIARY),
			Map.entry("/programmes/{supportId}", "select coalesce(min(s.id), -1) from programme_support s "
					+ "where s.beneficiary_id = (" + OWN_BENEFICIARY + ")"),
			Map.entry("/admin/{id}", "select min(id) from commune"),
			Map.entry("/admin/reference/{kind}", "select 'activity-type'"),
			Map.entry("/admin/reference/{code}", "select 'PATROL'"),
			// a Ra Mai document not cancelled: the first one, or one recorded for this test
			Map.entry("/documents/{id}", """
					with existing as (select min(d.id) as id from issued_document d join border_post p on p.id = d.post_id
					                  where p.code = 'RAMAI' and d.cancelled_at is null),
					     made as (insert into issued_document (post_id, type, year, number, number_text, issued_on, subject,
					                  source, pdf, sha256, issued_by)
					              select p.id, 'QUY_CHE', 2010, 1, '1-QC/ĐU', date '2010-01-04', 'Matrix', 'test:matrix',
					                  '\\x255044462d', repeat('0', 64), 'test'
					              from border_post p where p.code = 'RAMAI' and (select id from existing) is null
					              returning id)
					select coalesce((select id from existing), (select id from made))"""),
			Map.entry("/reviews/{code}", "select 'RAMAI'"),
			Map.entry("/reviews/{month}", "select to_char(date_trunc('month', now()) - interval '1 month', 'YYYY-MM')"),
			Map.entry("/reviews/{communeId}", "select id from commune where code = 'DANHOA2025'"),
			Map.entry("/reviews/{index}", "select 0"),
			Map.entry("/tasks/{id}", "select min(id) from review_task"),
			// a Dân Hóa request: the first one there, or one recorded for this test about a Trọng Hóa household
			Map.entry("/privacy/requests/{id}", """
					with existing as (select min(r.id) as id from privacy_request r join commune c on c.id = r.commune_id
					                  where c.code in ('TRONGHOA', 'DANHOA2025')),
					     made as (insert into privacy_request (household_id, commune_id, kind, requester_name, received_on,
					                  acknowledge_by, due_on, status)
					              select h.id, h.commune_id, 'ACCESS', 'Matrix', current_date, current_date + 2,
					                  current_date + 10, 'RECEIVED'
					              from household h join commune c on c.id = h.commune_id
					              where c.code = 'TRONGHOA' and (select id from existing) is null order by h.id limit 1
					              returning id)
					select coalesce((select id from existing), (select id from made))"""),
			Map.entry("/border/{id}", "select coalesce(min(m.id), -1) from border_marker m join commune c "
					+ "on c.id = m.commune_id join border_post p on p.id = m.post_id "
					+ "where c.code = 'DANHOA2025' and p.code = 'RAMAI'"),
			Map.entry("/situation/{activityId}", "select min(a.id) from activity a join commune c on c.id = a.commune_id "
					+ "where c.code in ('TRONGHOA','DANHOA2025') and a.type = 'PATROL'"),
			Map.entry("/situation/{id}", "select coalesce(min(s.id), -1) from situation_item s join commune c "
					+ "on c.id = s.commune_id where c.code in ('TRONGHOA','DANHOA2025') and not s.restricted"),
			Map.entry("/admin/{coverageId}", "select min(id) from post_coverage"),
			Map.entry("/plans/{id}", "select coalesce((" + OWN_PLAN + "), -1)"),
			Map.entry("/plans/{planId}", "select coalesce((" + OWN_PLAN + "), -1)"),
			Map.entry("/plans/{itemId}", "select coalesce(min(i.id), -1) from planned_item i where i.plan_id = ("
					+ OWN_PLAN + ")"),
			// a notification of xa.danhoa: the first one, or one stored for this test
			Map.entry("/notifications/{id}", """
					with existing as (select min(n.id) as id from notification n join app_user u on u.id = n.user_id
					                  where u.username = 'xa.danhoa'),
					     made as (insert into notification (user_id, kind, subject, period, link)
					              select u.id, 'REPORT_RETURNED', 'test:matrix', '', '/notifications' from app_user u
					              where u.username = 'xa.danhoa' and (select id from existing) is null
					              returning id)
					select coalesce((select id from existing), (select id from made))"""));

	/**
	 * The query of a variable's ids: the entry of the longest leading part of the route before it that has one
	 * ("/privacy/access-log/{id}" before "/privacy/{id}"; "/admin/users/{id}" falls back to "/admin/{id}").
	 */
	static String idQuery(String before, String variable) {
		String[] parts = before.split("/");
		for (int n = parts.length; n > 1; n--) {
			String sql = IDS.get(String.join("/", java.util.Arrays.copyOfRange(parts, 0, n)) + "/{" + variable + "}");
			if (sql != null) {
				return sql;
			}
		}
		return null;
	}

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	List<String> routes() {
		TreeSet<String> routes = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			if (!method.getBeanType().getPackageName().startsWith("vn.phoihop")) {
				return;
			}
			var methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod m : methods.isEmpty() ? List.of(RequestMethod.GET) : methods) {
					routes.add(m.name() + " " + pattern);
				}
			}
		});
		return new ArrayList<>(routes);
	}

	@Test
	void everyRouteHasARule() {
		List<String> missing = routes().stream().filter(r -> !RULES.containsKey(r)).toList();
		assertThat(missing).as("routes without an authorization rule in this test").isEmpty();
	}

	String path(String pattern) {
		Matcher m = VARIABLE.matcher(pattern);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String sql = idQuery(pattern.substring(0, m.start()), m.group(1));
			if (sql == null) {
				throw new AssertionError("no id for " + m.group(1) + " in " + pattern);
			}
			String id = jdbc.queryForObject(sql, String.class);
			m.appendReplacement(out, id == null ? "-1" : id);
		}
		m.appendTail(out);
		return out.toString();
	}

	@Test
	void everyRoleGetsWhatItsRuleSaysForOwnAndOtherUnits() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (String route : routes()) {
			String rule = RULES.get(route);
			if (rule == null || rule.equals(PUBLIC)) {
				continue;
			}
			String method = route.substring(0, route.indexOf(' '));
			String path = path(route.substring(route.indexOf(' ') + 1));
			if (path.contains("/-1")) {
				continue; // no such record in the data set (e.g. no attachment yet): nothing to check
			}
			for (int u = 0; u < USERS.size(); u++) {
				char expected = rule.charAt(u);
				if (expected == '-' || (method.equals("POST") && expected == 'Y')) {
					continue;
				}
				MockHttpServletRequestBuilder request = method.equals("POST")
						? MockMvcRequestBuilders.post(path).with(csrf()) : MockMvcRequestBuilders.get(path);
				MockHttpServletResponse response;
				try {
					response = mvc.perform(request.with(users.as(USERS.get(u)))).andReturn().getResponse();
				}
				catch (Exception ex) {
					wrong.add(route + " as " + USERS.get(u) + " → exception " + ex.getMessage());
					continue;
				}
				int status = response.getStatus();
				// a POST refused before its handler (400: a required parameter missing) changes nothing either
				boolean refused = status == 403 || status == 404 || (method.equals("POST") && status == 400);
				boolean toLogin = status == 302 && String.valueOf(response.getRedirectedUrl()).contains("/login");
				boolean ok = expected == 'Y' ? !refused && !toLogin && status < 500 : refused;
				if (!ok) {
					wrong.add(route + " as " + USERS.get(u) + " → " + status + " (expected " + expected + ")");
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

}
