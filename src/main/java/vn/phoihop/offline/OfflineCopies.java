package vn.phoihop.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;

/**
 * Which pages the service worker may keep on the device, said by the server on each answer ({@code X-Offline-Keep},
 * with the signed-in user's {@code X-Offline-User}): the worker keeps nothing else. A commune official keeps the
 * pages of their work without a link (docs/privacy.md, "On the device"): the dashboard, the new-activity form and
 * the fields it draws for each type, the last household list, and their commune's monthly report pages; everyone
 * keeps the outbox page. Every one of these pages is already cut to the official's commune by its own module, so
 * what is kept is the official's own commune's data and nothing more. Other roles keep no page: their scope is wider
 * than what belongs on a phone.
 */
@Component
class OfflineCopies implements HandlerInterceptor {

	static final String KEEP = "X-Offline-Keep";

	static final String USER = "X-Offline-User";

	private static final Pattern REPORT = Pattern.compile("/reviews/[^/]+/[^/]+/submissions/(\\d+)");

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		CurrentUser user = CurrentUser.get();
		if (user != null && "GET".equals(request.getMethod()) && keeps(user, path(request),
				request.getHeader("HX-Request") != null, request.getParameter("print") != null)) {
			response.setHeader(KEEP, "1");
			response.setHeader(USER, OfflineUser.idOf(user.username()));
		}
		return true;
	}

	/** partial: an htmx request (a part of a page); print: the printed view of a list. */
	static boolean keeps(CurrentUser user, String path, boolean partial, boolean print) {
		if (OfflineController.OUTBOX.equals(path)) {
			return true;
		}
		if (!user.is(Role.COMMUNE_OFFICIAL) || print) {
			return false;
		}
		if ("/activities/form-fields".equals(path)) {
			return true; // asked by htmx when the type changes: a copy per type
		}
		if (partial) {
			return false;
		}
		Matcher report = REPORT.matcher(path);
		return "/".equals(path) || "/activities/new".equals(path) || "/households".equals(path)
				|| report.matches() && report.group(1).equals(String.valueOf(user.communeId()));
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
