package vn.phoihop.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every message key exists in Vietnamese and in English, and templates hold no user-visible literal text (all of it
 * comes through #{...}). A plain unit test: no Spring, no database.
 */
class I18nTest {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Set<String> VOID = Set.of("input", "br", "meta", "link", "img", "hr", "source", "col", "area");

	private static final Pattern TAG = Pattern
		.compile("<(/?)([a-zA-Z][\\w:.-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>", Pattern.DOTALL);

	@Test
	void everyBundleHasTheSameKeysInVietnameseAndEnglishAndTheDefaultIsVietnamese() throws IOException {
		List<String> basenames;
		try (Stream<Path> files = Files.list(MESSAGES)) {
			basenames = files.map(p -> p.getFileName().toString())
				.filter(n -> n.endsWith("_vi.properties"))
				.map(n -> n.substring(0, n.length() - "_vi.properties".length()))
				.toList();
		}
		assertThat(basenames).contains("messages");
		for (String base : basenames) {
			Properties vi = load(base + "_vi.properties");
			Properties en = load(base + "_en.properties");
			Properties fallback = load(base + ".properties");
			assertThat(keys(en)).as("keys of %s_en vs %s_vi", base, base).isEqualTo(keys(vi));
			assertThat(fallback).as("%s.properties is the Vietnamese bundle", base).isEqualTo(vi);
			vi.forEach((k, v) -> assertThat(v.toString()).as("%s_vi %s", base, k).isNotBlank());
			en.forEach((k, v) -> assertThat(v.toString()).as("%s_en %s", base, k).isNotBlank());
		}
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

	private static Properties load(String name) throws IOException {
		Properties p = new Properties();
		try (InputStream in = Files.newInputStream(MESSAGES.resolve(name))) {
			p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		return p;
	}

	private static Set<Object> keys(Properties p) {
		return new TreeSet<>(p.keySet());
	}

}
