package vn.phoihop.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.context.support.ResourceBundleMessageSource;

import vn.phoihop.shared.web.MessagesConfig;

/**
 * Apostrophes as a reader expects them ("The month's figures", never "month''s" or "months figures"), in every message
 * of every bundle in both languages. Spring's message source runs a message through {@link MessageFormat} only when it
 * is given arguments ({@code spring.messages.always-use-message-format} is false): there a single {@code '} starts a
 * quoted stretch and disappears, and {@code ''} is one apostrophe; a message without arguments is shown as written.
 * So a message with {@code {0}} writes {@code ''}, and one without writes {@code '}; except a validation message
 * (Bean Validation's codes such as {@code NotBlank}, {@code typeMismatch}, and the {@code message = "{key}"} of a
 * constraint), which Spring resolves with the field's name as an argument, so always through MessageFormat.
 */
class MessageQuotingTest {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	/** A MessageFormat argument: {0}, {1,number}... */
	private static final Pattern ARGUMENT = Pattern.compile("\\{\\d[^}]*}");

	private static final Path SOURCES = Path.of("src/main/java");

	/** A key a constraint names as its message. */
	private static final Pattern CONSTRAINT_MESSAGE = Pattern.compile("message\\s*=\\s*\"\\{([\\w.]+)}\"");

	@Test
	void everyMessageIsQuotedForHowItIsShown() throws IOException {
		MessageSourceProperties properties = new MessageSourceProperties();
		properties.setBasename(bundles().stream().map(b -> "messages/" + b).toList());
		properties.setEncoding(StandardCharsets.UTF_8);
		ResourceBundleMessageSource source = MessagesConfig.vietnameseByDefault(properties);
		Set<String> validation = validationKeys();
		List<String> problems = new ArrayList<>();
		int withArguments = 0;
		int checked = 0;
		for (String base : bundles()) {
			for (String lang : List.of("vi", "en")) {
				Locale locale = Locale.forLanguageTag(lang);
				Properties bundle = load(base + "_" + lang + ".properties");
				for (String key : bundle.stringPropertyNames()) {
					checked++;
					String text = bundle.getProperty(key);
					String where = base + "_" + lang + " " + key + ": ";
					if (ARGUMENT.matcher(text).find() || validation.contains(key)) {
						withArguments++;
						// what the page shows: the message formatted with its arguments
						// a validation message gets at least the field's name, so it is formatted too
						Object[] args = arguments(text);
						if (args.length == 0) {
							args = new Object[] { "«field»" };
						}
						String shown;
						try {
							new MessageFormat(text, locale);
							shown = source.getMessage(key, args, locale);
						}
						catch (IllegalArgumentException ex) {
							problems.add(where + "not a valid MessageFormat pattern (" + ex.getMessage() + ")");
							continue;
						}
						// a lone ' quotes the rest away: an argument left as {0}, or an apostrophe swallowed
						if (ARGUMENT.matcher(shown).find()) {
							problems.add(where + "an argument is quoted away: " + shown);
						}
						if (text.replace("''", "").contains("'")) {
							problems.add(where + "a single ' in a message with arguments (write '') -> " + shown);
						}
						if (shown.contains("''")) {
							problems.add(where + "shows a doubled apostrophe: " + shown);
						}
					}
					else {
						String shown = source.getMessage(key, null, locale);
						if (shown.contains("''")) {
							problems.add(where + "'' in a message without arguments is shown doubled (write ') -> " + shown);
						}
					}
				}
			}
		}
		assertThat(checked).isGreaterThan(1000);
		assertThat(withArguments).isGreaterThan(50);
		assertThat(problems).isEmpty();
	}

	@Test
	void theCheckFindsBothMistakes() {
		// the two forms the test refuses, rendered as Spring renders them
		assertThat(new MessageFormat("The month''s figures in {0}", Locale.ENGLISH).format(new Object[] { "X" }))
			.isEqualTo("The month's figures in X");
		assertThat(new MessageFormat("The month's figures in {0}", Locale.ENGLISH).format(new Object[] { "X" }))
			.as("a lone quote swallows the rest").isEqualTo("The months figures in {0}");
	}

	/** Bean Validation's codes (NotBlank, Size, typeMismatch...) and the keys constraints name as their message. */
	private static Set<String> validationKeys() throws IOException {
		Set<String> keys = new HashSet<>();
		for (String base : bundles()) {
			load(base + "_vi.properties").stringPropertyNames().stream()
				.filter(k -> k.matches("[A-Z]\\w*") || k.startsWith("typeMismatch"))
				.forEach(keys::add);
		}
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher m = CONSTRAINT_MESSAGE.matcher(Files.readString(file));
				while (m.find()) {
					keys.add(m.group(1));
				}
			}
		}
		return keys;
	}

	/** One text argument per {n} of the pattern (numbers where the pattern formats a number). */
	private static Object[] arguments(String text) {
		int max = -1;
		Matcher m = Pattern.compile("\\{(\\d+)([^}]*)}").matcher(text);
		List<String> kinds = new ArrayList<>();
		while (m.find()) {
			int n = Integer.parseInt(m.group(1));
			max = Math.max(max, n);
			while (kinds.size() <= n) {
				kinds.add("");
			}
			if (!m.group(2).isEmpty()) {
				kinds.set(n, m.group(2));
			}
		}
		Object[] args = new Object[max + 1];
		for (int i = 0; i <= max; i++) {
			String kind = i < kinds.size() ? kinds.get(i) : "";
			args[i] = kind.contains("number") || kind.contains("choice") ? (Object) 3 : "«" + i + "»";
		}
		return args;
	}

	private static List<String> bundles() throws IOException {
		try (Stream<Path> files = Files.list(MESSAGES)) {
			return files.map(p -> p.getFileName().toString())
				.filter(n -> n.endsWith("_vi.properties"))
				.map(n -> n.substring(0, n.length() - "_vi.properties".length()))
				.sorted()
				.toList();
		}
	}

	private static Properties load(String name) throws IOException {
		Properties p = new Properties();
		try (InputStream in = Files.newInputStream(MESSAGES.resolve(name))) {
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return p;
	}

}
