package vn.phoihop.activity;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.phoihop.account.UserNames;

/**
 * "Người ghi" as people read it: the full name of the account that logged an activity, not its username (the log's
 * filter, an activity's page, the CSV). Two accounts with the same full name are told apart by their username in
 * brackets; an account that no longer exists shows its username.
 */
@Component
class LoggedByNames {

	private final UserNames names;

	LoggedByNames(UserNames names) {
		this.names = names;
	}

	/** The label of one username. */
	String label(String username) {
		return username == null ? "" : labels(List.of(username)).get(username);
	}

	/** The labels of the usernames given, ordered by label as Vietnamese sorts (the filter's choices). */
	Map<String, String> labels(Collection<String> given) {
		Set<String> usernames = new LinkedHashSet<>(given);
		usernames.remove(null);
		Map<String, String> full = names.fullNames(usernames);
		Map<String, Integer> sameName = new HashMap<>();
		for (String u : usernames) {
			sameName.merge(full.getOrDefault(u, u), 1, Integer::sum);
		}
		List<Map.Entry<String, String>> labels = new ArrayList<>(usernames.size());
		for (String u : usernames) {
			String name = full.getOrDefault(u, u);
			labels.add(Map.entry(u, sameName.get(name) > 1 && !name.equals(u) ? name + " (" + u + ")" : name));
		}
		Collator vi = Collator.getInstance(Locale.forLanguageTag("vi"));
		labels.sort((a, b) -> vi.compare(a.getValue(), b.getValue()));
		Map<String, String> ordered = new LinkedHashMap<>();
		labels.forEach(e -> ordered.put(e.getKey(), e.getValue()));
		return ordered;
	}

}
