package vn.phoihop.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.phoihop.shared.web.MessagesConfig;
import vn.phoihop.shared.web.WebConfig;
import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.Pages;
import vn.phoihop.support.TestUsers;

/**
 * Every message key exists in Vietnamese and in English, the Vietnamese text is written once (no default bundle
 * copies it: a language without its own bundle gets Vietnamese from the message source), and templates hold no
 * user-visible literal text (all of it comes through #{...}). Plain unit tests, no Spring, no database; only the
 * nested {@link Requests} check the running application.
 */
class I18nTest {

	private static final Path APPLICATION_PROPERTIES = Path.of("src/main/resources/application.properties");

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Set<String> VOID = Set.of("input", "br", "meta", "link", "img", "hr", "source", "col", "area");

	private static final Pattern TAG = Pattern
		.compile("<(/?)([a-zA-Z][\\w:.-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>", Pattern.DOTALL);

	@Test
	void everyBundleHasTheSameKeysInVietnameseAndEnglishAndNoDefaultCopy() throws IOException {
		List<String> basenames = bundles();
		assertThat(basenames).contains("messages");
		// every bundle is read by the application, and every bundle the application reads exists
		assertThat(configuredBasenames()).containsExactlyInAnyOrderElementsOf(
				basenames.stream().map(b -> "messages/" + b).toList());
		for (String base : basenames) {
			Properties vi = load(base + "_vi.properties");
			Properties en = load(base + "_en.properties");
			assertThat(keys(en)).as("keys of %s_en vs %s_vi", base, base).isEqualTo(keys(vi));
			vi.forEach((k, v) -> assertThat(v.toString()).as("%s_vi %s", base, k).isNotBlank());
			en.forEach((k, v) -> assertThat(v.toString()).as("%s_en %s", base, k).isNotBlank());
			// the Vietnamese text lives in the _vi file only: no default file repeats it byte for byte
			assertThat(MESSAGES.resolve(base + ".properties")).as("default bundle of %s", base).doesNotExist();
		}
		try (Stream<Path> files = Files.list(MESSAGES)) {
			assertThat(files.map(p -> p.getFileName().toString()))
				.as("every bundle file is of one language").allMatch(n -> n.matches("[a-z]+(_[a-z]+)*_[a-z]{2}\\.properties"));
		}
	}

	@Test
	void aLanguageWithoutItsOwnBundleGetsVietnamese() throws IOException {
		MessageSourceProperties properties = new MessageSourceProperties();
		properties.setBasename(configuredBasenames());
		properties.setEncoding(StandardCharsets.UTF_8);
		ResourceBundleMessageSource source = MessagesConfig.vietnameseByDefault(properties);
		List<Locale> noBundle = List.of(Locale.FRENCH, Locale.GERMANY, Locale.forLanguageTag("zh-CN"), Locale.ROOT);
		int checked = 0;
		for (String base : bundles()) {
			Properties vi = load(base + "_vi.properties");
			Properties en = load(base + "_en.properties");
			for (String key : vi.stringPropertyNames()) {
				String text = vi.getProperty(key);
				assertThat(source.getMessage(key, null, WebConfig.VIETNAMESE)).as("vi-VN %s", key).isEqualTo(text);
				assertThat(source.getMessage(key, null, Locale.forLanguageTag("vi"))).as("vi %s", key).isEqualTo(text);
				for (Locale locale : noBundle) {
					assertThat(source.getMessage(key, null, locale)).as("%s %s", locale, key).isEqualTo(text);
				}
				assertThat(source.getMessage(key, null, Locale.US)).as("en-US %s", key).isEqualTo(en.getProperty(key));
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(500);
		// Vietnamese, not the server's language (a fallback to the system locale would answer in English on a JVM
		// whose default locale is English, as on the build machines)
		assertThat(source.getMessage("login.username", null, Locale.FRENCH)).isEqualTo("Tên đăng nhập");
	}

	/** A message key written literally in a template: {@code #{key}} or {@code #{key(args)}}. */
	private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z][\\w.-]*)[}(]");

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Set<String> known = new HashSet<>();
		for (String base : bundles()) {
			known.addAll(load(base + "_vi.properties").stringPropertyNames());
		}
		List<String> missing = new ArrayList<>();
		int seen = 0;
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				Matcher m = KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
				while (m.find()) {
					seen++;
					if (!known.contains(m.group(1))) {
						missing.add(TEMPLATES.relativize(file) + ": " + m.group(1));
					}
				}
			}
		}
		assertThat(seen).as("keys found in the templates").isGreaterThan(300);
		assertThat(missing).as("keys the templates name that no bundle has (shown as ??key??)").isEmpty();
	}

	@Test
	void templatesHoldNoHardCodedText() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
				literalTexts(Files.readString(file)).forEach(t -> problems.add(TEMPLATES.relativize(file) + ": " + t));
			}
		}
		assertThat(problems).isEmpty();
	}

	/** Text a user would see that is not replaced at runtime (no th:text / th:utext / th:replace ... around it). */
	static List<String> literalTexts(String html) {
		String source = html.replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<script.*?</script>", "")
			.replaceAll("(?s)<style.*?</style>", "").replaceAll("(?s)<!DOCTYPE[^>]*>", "");
		List<String> found = new ArrayList<>();
		Deque<Boolean> replaced = new ArrayDeque<>();
		Matcher m = TAG.matcher(source);
		int last = 0;
		while (m.find()) {
			check(source.substring(last, m.start()), replaced, found);
			last = m.end();
			String name = m.group(2).toLowerCase();
			boolean closing = !m.group(1).isEmpty();
			boolean selfClosing = !m.group(4).isEmpty() || VOID.contains(name);
			if (closing) {
				if (!replaced.isEmpty()) {
					replaced.pop();
				}
			}
			else if (!selfClosing) {
				String attrs = m.group(3);
				boolean replacing = attrs.matches("(?s).*\\bth:(text|utext|replace|insert|errors|remove)\\s*=.*");
				replaced.push(replacing || (!replaced.isEmpty() && replaced.peek()));
			}
			// attributes a user sees must not be literal either
			Matcher attr = Pattern.compile("\\s(title|placeholder|aria-label|alt)=\"([^\"]*)\"").matcher(m.group(3));
			while (attr.find()) {
				if (attr.group(2).matches(".*\\p{L}.*")) {
					found.add(attr.group(1) + "=\"" + attr.group(2) + "\"");
				}
			}
		}
		check(source.substring(last), replaced, found);
		return found;
	}

	private static void check(String text, Deque<Boolean> replaced, List<String> found) {
		String t = text.replaceAll("&[a-zA-Z#0-9]+;", " ").strip();
		if (t.matches("(?s).*\\p{L}.*") && (replaced.isEmpty() || !replaced.peek())) {
			found.add(t);
		}
	}

	@Test
	void theCheckerFindsLiteralText() {
		assertThat(literalTexts("<p>Xin chào</p>")).containsExactly("Xin chào");
		assertThat(literalTexts("<p th:text=\"#{a}\">Xin chào</p>")).isEmpty();
		assertThat(literalTexts("<div th:replace=\"x\"><span>demo</span></div><input placeholder=\"Tên\">"))
			.containsExactly("placeholder=\"Tên\"");
	}

	/** The bundles in the messages folder, by their Vietnamese files ("messages", "household", ...). */
	private static List<String> bundles() throws IOException {
		try (Stream<Path> files = Files.list(MESSAGES)) {
			return files.map(p -> p.getFileName().toString())
				.filter(n -> n.endsWith("_vi.properties"))
				.map(n -> n.substring(0, n.length() - "_vi.properties".length()))
				.sorted()
				.toList();
		}
	}

	/** spring.messages.basename of application.properties. */
	private static List<String> configuredBasenames() throws IOException {
		Properties application = new Properties();
		try (InputStream in = Files.newInputStream(APPLICATION_PROPERTIES)) {
			application.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return Arrays.stream(application.getProperty("spring.messages.basename").split(",")).map(String::strip).toList();
	}

	private static Properties load(String name) throws IOException {
		Properties p = new Properties();
		try (InputStream in = Files.newInputStream(MESSAGES.resolve(name))) {
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return p;
	}

	private static Set<Object> keys(Properties p) {
		return new TreeSet<>(p.keySet());
	}

	/**
	 * The running application: a request in a language without a bundle is answered in Vietnamese, in the layout, the
	 * page and the validation messages, whether the language comes from the browser, the {@code lang} parameter or
	 * the {@code lang} cookie (the only one the locale resolver takes as it is).
	 */
	@Nested
	@IntegrationTest
	class Requests {

		@Autowired
		MockMvcTester mvc;

		@Autowired
		MessageSource messages;

		@Autowired
		TestUsers users;

		@Test
		void theApplicationUsesTheVietnameseFirstMessageSource() {
			assertThat(messages.getMessage("login.username", null, Locale.FRENCH)).isEqualTo("Tên đăng nhập");
			assertThat(messages.getMessage("login.username", null, Locale.ENGLISH)).isEqualTo("Username");
		}

		@Test
		void aBrowserInFrenchGetsTheVietnamesePage() {
			String page = Pages.text(mvc.get().uri("/login").header("Accept-Language", "fr-FR,fr;q=0.9").exchange(), 200);
			assertVietnamese(page);
			assertThat(page).contains("lang=\"vi\"");
		}

		@Test
		void anUnsupportedLangParameterIsIgnored() {
			var result = mvc.get().uri("/login?lang=fr").exchange();
			assertVietnamese(Pages.text(result, 200));
			assertThat(result.getResponse().getCookie(WebConfig.LOCALE_COOKIE)).isNull();
		}

		@Test
		void aCookieWithAnUnsupportedLanguageGetsVietnameseText() {
			assertVietnamese(Pages.text(mvc.get().uri("/login").cookie(new Cookie(WebConfig.LOCALE_COOKIE, "fr")).exchange(),
					200));
			// and English stays English
			assertThat(Pages.text(mvc.get().uri("/login").cookie(new Cookie(WebConfig.LOCALE_COOKIE, "en")).exchange(), 200))
				.contains("Username").doesNotContain("Tên đăng nhập");
		}

		@Test
		void validationMessagesInAnUnsupportedLanguageAreVietnamese() {
			String fr = invalidUser("fr");
			assertThat(fr).contains("Vui lòng nhập thông tin này.")
				.contains("Chỉ dùng chữ không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới.");
			String en = invalidUser("en");
			assertThat(en).contains("Please fill this in.")
				.contains("Use only unaccented letters, digits, dots, hyphens or underscores.");
		}

		private String invalidUser(String lang) {
			return Pages.main(Pages.text(mvc.post().uri("/admin/users").with(users.as("admin")).with(csrf())
				.cookie(new Cookie(WebConfig.LOCALE_COOKIE, lang))
				.param("username", "có dấu!").param("fullName", "").param("role", "VIEWER")
				.param("password", "Mat-khau-dai").exchange(), 200));
		}

		private static void assertVietnamese(String page) {
			assertThat(page).contains("Tên đăng nhập").contains("Mật khẩu").contains("Dùng tài khoản được quản trị viên cấp.")
				.doesNotContain("Username").doesNotContain("Password");
		}

	}

}
