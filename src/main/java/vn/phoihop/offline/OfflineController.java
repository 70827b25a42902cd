package vn.phoihop.offline;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.phoihop.review.CommuneMonthReports;
import vn.phoihop.shared.db.FormTokens;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;

/**
 * The installable app's pieces: the service worker's script, the manifest, the offline page (public: no personal
 * data, kept by every installed app), the outbox page (its records are drawn in the browser from the device), and
 * three small answers for the worker and the pages: the session's CSRF token to send the outbox with, whether a
 * one-time token was used, and what an official keeps for working offline.
 */
@Controller
class OfflineController {

	static final String WORKER = "/sw.js";

	static final String MANIFEST = "/manifest.webmanifest";

	static final String OFFLINE = "/offline";

	static final String OUTBOX = "/outbox";

	private final ServiceWorkerScript worker;

	private final WebAppManifest manifest;

	private final FormTokens tokens;

	private final CommuneMonthReports reports;

	OfflineController(ServiceWorkerScript worker, WebAppManifest manifest, FormTokens tokens,
			CommuneMonthReports reports) {
		this.worker = worker;
		this.manifest = manifest;
		this.tokens = tokens;
		this.reports = reports;
	}

	/** Never cached: the browser compares it with the installed one to find a new version. */
	@GetMapping(WORKER)
	ResponseEntity<String> worker(HttpServletRequest request) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noCache())
			.contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8))
			.body(worker.script(request.getContextPath()));
	}

	@GetMapping(MANIFEST)
	ResponseEntity<Map<String, Object>> manifest(HttpServletRequest request) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noCache())
			.contentType(MediaType.parseMediaType("application/manifest+json"))
			.body(manifest.of(request.getContextPath()));
	}

	@GetMapping(OFFLINE)
	String offline() {
		return "offline/offline";
	}

	@GetMapping(OUTBOX)
	String outbox() {
		return "offline/outbox";
	}

	/**
	 * The signed-in user's id on the device and the session's CSRF token, asked by the worker before it sends the
	 * outbox (the token a kept form carries may be an earlier session's). Without a session: the sign-in page.
	 */
	@GetMapping("/offline/session")
	@ResponseBody
	Map<String, Object> session(@AuthenticationPrincipal CurrentUser user, CsrfToken csrf) {
		return Map.of("user", OfflineUser.idOf(user.username()), "header", csrf.getHeaderName(), "token",
				csrf.getToken());
	}

	/** Whether this user's save used the form token: the worker's check after a send whose answer it could not read. */
	@GetMapping("/offline/sent")
	@ResponseBody
	Map<String, Object> sent(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String token) {
		return Map.of("sent", tokens.used(token, user.username()));
	}

	/**
	 * The pages a commune official keeps for working offline, fetched by the worker once a day and version: the
	 * dashboard, the new-activity form (its type-dependent fields follow from it), this month's and last month's
	 * reports of their commune, the outbox. Other roles keep the outbox page only.
	 */
	@GetMapping("/offline/plan")
	@ResponseBody
	Map<String, Object> plan(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
		String base = request.getContextPath();
		List<String> keep = new ArrayList<>();
		Map<String, Object> plan = new LinkedHashMap<>();
		if (user.is(Role.COMMUNE_OFFICIAL)) {
			keep.add(base + "/");
			keep.add(base + "/activities/new");
			for (CommuneMonthReports.Report r : reports.of(user).lastAndThisMonth()) {
				if (r.communeId().equals(user.communeId())) {
					keep.add(base + "/reviews/" + URLEncoder.encode(r.postCode(), StandardCharsets.UTF_8) + "/"
							+ r.month() + "/submissions/" + r.communeId());
				}
			}
			plan.put("activityForm", base + "/activities/new");
		}
		keep.add(base + OUTBOX);
		plan.put("keep", keep);
		return plan;
	}

}
