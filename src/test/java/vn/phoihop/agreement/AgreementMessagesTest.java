package vn.phoihop.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The agreement and activity bundles: identical key sets in Vietnamese and English (no default file: any other
 * language gets Vietnamese, shared.I18nTest), and no literal text in their templates (every visible text through
 * #{...}).
 */
class AgreementMessagesTest {

	private static Properties load(String path) throws IOException {
		Properties p = new Properties();
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return p;
	}

	@Test
	void bundlesHaveTheSameKeysInEveryLanguage() throws IOException {
		for (String bundle : List.of("agreement", "activity")) {
			Properties vi = load("messages/" + bundle + "_vi.properties");
			Properties en = load("messages/" + bundle + "_en.properties");
			assertThat(en.keySet()).as(bundle + " en vs vi").isEqualTo(vi.keySet());
			// the sources, not the class path: a build folder not cleaned since may still hold the old copy
			assertThat(Path.of("src/main/resources/messages", bundle + ".properties"))
				.as(bundle + " has no default copy of the Vietnamese file").doesNotExist();
		}
	}

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		// a text node between tags that is not produced by th:text / th:utext and has letters
		Pattern literal = Pattern.compile(">\\s*([\\p{L}][^<]*)<");
		for (String folder : List.of("agreement", "activity")) {
			try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates", folder))) {
				for (Path file : files.toList()) {
					String html = Files.readString(file);
					var m = literal.matcher(html);
					while (m.find()) {
						int tagStart = html.lastIndexOf('<', m.start());
						String tag = html.substring(tagStart, m.start() + 1);
						assertThat(tag).as(file + ": literal text '" + m.group(1).strip() + "'")
							.containsAnyOf("th:text", "th:utext", "th:errors", "th:replace", "th:insert");
					}
				}
			}
		}
	}

}
