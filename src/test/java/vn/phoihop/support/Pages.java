package vn.phoihop.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;

import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

/** The page as a user reads it: the HTML with character references decoded (Thymeleaf escapes ã as &atilde;). */
public final class Pages {

	private Pages() {
	}

	public static String text(MvcTestResult result, int expectedStatus) {
		assertThat(result).hasStatus(expectedStatus);
		try {
			return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A page's content without its chrome (the sign-out form's CSRF token differs on every response). */
	public static String main(String html) {
		int start = html.indexOf("<main");
		int end = html.indexOf("</main>");
		return html.substring(Math.max(start, 0), end < 0 ? html.length() : end);
	}

}
