package vn.phoihop.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.context.SpringBootTest;

import vn.phoihop.support.BrowserTest;

/**
 * Keyboard only (issue 7 §2): sign in, skip to the content, reach the menu, open a form, send it empty and land on
 * the error summary; every focused control shows where the focus is. No mouse click in this test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.embedded.data-dir=", "app.demo-data=true" })
class KeyboardBrowserIT extends BrowserTest {

	private void press(CharSequence key) {
		new Actions(driver).sendKeys(key).perform();
	}

	private String js(String script) {
		Object value = ((JavascriptExecutor) driver).executeScript(script);
		return value == null ? "" : value.toString();
	}

	private String focused() {
		return js("var e = document.activeElement; return (e.id ? '#' + e.id : e.tagName.toLowerCase()) + ' '"
				+ " + (e.getAttribute('href') || '') + ' ' + (e.textContent || '').trim()");
	}

	/** Tabs until the focus is on the element the predicate accepts; fails after a sensible number of presses. */
	private void tabTo(String what, Predicate<String> target) {
		for (int i = 0; i < 150; i++) {
			press(Keys.TAB);
			if (target.test(focused())) {
				assertFocusVisible();
				return;
			}
		}
		throw new AssertionError("the keyboard never reached " + what + "; last focus: " + focused());
	}

	private void assertFocusVisible() {
		String style = js("var s = getComputedStyle(document.activeElement);"
				+ " return s.outlineStyle + '|' + s.outlineWidth + '|' + s.boxShadow");
		assertThat(style).as("the focused control %s shows the focus", focused())
			.satisfiesAnyOf(s -> assertThat(s).doesNotStartWith("none"), s -> assertThat(s).doesNotEndWith("|none"));
	}

	@Test
	void anOfficialWorksWithTheKeyboardAlone() {
		width(DESKTOP);
		open("/login");
		tabTo("the skip link", f -> f.contains("#main"));
		tabTo("the username", f -> f.startsWith("#username"));
		press("xa.danhoa");
		press(Keys.TAB);
		assertThat(focused()).startsWith("#password");
		press("Demo@2026");
		press(Keys.ENTER);
		wait.until(d -> !d.getCurrentUrl().contains("/login"));
		find("h1");

		// the first stop of every page is the skip link; it moves the focus to the content
		tabTo("the skip link", f -> f.contains("#main"));
		press(Keys.ENTER);
		wait.until(d -> focused().startsWith("#main"));

		// the menu, from the top of the page
		open("/");
		tabTo("the activity log in the menu", f -> f.contains("/activities "));
		press(Keys.ENTER);
		wait.until(d -> d.getCurrentUrl().endsWith("/activities"));

		// a form sent empty: the error summary takes the focus and links to the fields
		open("/activities/new");
		tabTo("the submit button", f -> f.startsWith("button") && f.endsWith(" Gửi"));
		press(Keys.ENTER);
		wait.until(d -> focused().startsWith("#error-summary"));
		tabTo("the first link of the error summary", f -> f.startsWith("a") && f.contains(" #"));
		String field = js("return document.activeElement.getAttribute('href').substring(1)");
		press(Keys.ENTER);
		wait.until(d -> focused().startsWith("#" + field));
		screenshot("ban-phim-loi-1280");
	}

}
