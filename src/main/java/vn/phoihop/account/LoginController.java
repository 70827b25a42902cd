package vn.phoihop.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	private final LoginThrottle throttle;

	LoginController(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@GetMapping("/login")
	String login(HttpServletRequest request, HttpSession session, Model model) {
		// "?error" has an empty value: read the raw parameter (blank form values are bound as null)
		if (request.getParameter("error") != null) {
			Object ex = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
			String key = ex instanceof LockedException ? "login.locked"
					: ex instanceof DisabledException ? "login.disabled" : "login.bad";
			model.addAttribute("loginError", key);
			model.addAttribute("lockMinutes", throttle.lockMinutes());
			model.addAttribute("maxFailures", throttle.maxFailures());
			model.addAttribute("username", session.getAttribute(SecurityConfig.LAST_USERNAME));
		}
		return "account/login";
	}

}
