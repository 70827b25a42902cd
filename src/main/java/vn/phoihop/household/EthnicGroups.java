package vn.phoihop.household;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.phoihop.shared.db.SearchText;

/** The official list of Vietnam's 54 ethnic groups (a reference list in code, read from the bundled CSV). */
@Component
public class EthnicGroups {

	public record EthnicGroup(String code, String nameVi, String nameEn, List<String> localGroups) {

		public String name(Locale locale) {
			return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameVi;
		}

	}

	private final Map<String, EthnicGroup> byCode;

	public EthnicGroups() {
		Map<String, EthnicGroup> map = new LinkedHashMap<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				new ClassPathResource("demo/ethnic-groups.csv").getInputStream(), StandardCharsets.UTF_8))) {
			in.readLine();
			String line;
			while ((line = in.readLine()) != null) {
				if (line.isBlank()) {
					continue;
				}
				String[] f = line.split(",", -1);
				List<String> local = f.length > 3 && !f[3].isBlank() ? Arrays.asList(f[3].split(";")) : List.of();
				map.put(f[0], new EthnicGroup(f[0], f[1], f[2], List.copyOf(local)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.byCode = Collections.unmodifiableMap(map);
	}

	public List<EthnicGroup> all() {
		return new ArrayList<>(byCode.values());
	}

	public Optional<EthnicGroup> find(String code) {
		return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
	}

	public boolean exists(String code) {
		return code != null && byCode.containsKey(code);
	}

	/** A code from a code or a Vietnamese / English name as typed in an import file ("Chứt", "chut", "CHUT"). */
	public Optional<String> resolve(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String key = SearchText.key(text);
		return byCode.values()
			.stream()
			.filter(g -> SearchText.key(g.code()).equals(key) || SearchText.key(g.nameVi()).equals(key)
					|| SearchText.key(g.nameEn()).equals(key))
			.map(EthnicGroup::code)
			.findFirst();
	}

	public String name(String code, Locale locale) {
		return find(code).map(g -> g.name(locale)).orElse(code);
	}

}
