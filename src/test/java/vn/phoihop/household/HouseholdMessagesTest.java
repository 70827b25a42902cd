package vn.phoihop.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The household bundles hold the same keys in every language, and the templates use only keys that exist. */
class HouseholdMessagesTest {

	private static Properties load(String path) throws IOException {
		Properties p = new Properties();
		try (var in = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
			p.load(in);
		}
		return p;
	}

	@Test
	void everyLanguageHasTheSameKeys() throws IOException {
		Set<Object> vietnamese = load("messages/household_vi.properties").keySet();
		assertThat(vietnamese).isNotEmpty();
		assertThat(load("messages/household_en.properties").keySet()).isEqualTo(vietnamese);
		// no default file: any other language gets Vietnamese (shared.I18nTest)
		assertThat(Path.of("src/main/resources/messages/household.properties")).doesNotExist();
	}

	@Test
	void templatesUseOnlyExistingKeys() throws IOException {
		Set<Object> keys = new HashSet<>(load("messages/messages_vi.properties").keySet());
		keys.addAll(load("messages/household_vi.properties").keySet());
		Pattern key = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9_.]*)[(}]");
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates/household"))) {
			for (Path file : files.toList()) {
				Matcher m = key.matcher(Files.readString(file));
				while (m.find()) {
					assertThat(keys).as(file + ": " + m.group(1)).contains(m.group(1));
				}
			}
		}
	}

}
