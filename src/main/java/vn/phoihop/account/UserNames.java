package vn.phoihop.account;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Users' full names by username, for the pages of other modules that say who did something (an activity's "Người
 * ghi"): one statement for all the names a page shows. Part of the account module's API.
 */
@Service
public class UserNames {

	private final JdbcTemplate jdbc;

	UserNames(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The full name of each username given that has an account, keyed by the username as given (usernames are
	 * unique without regard to case, V003); a username without an account is not in the map.
	 */
	public Map<String, String> fullNames(Collection<String> usernames) {
		Map<String, String> byLower = new HashMap<>();
		for (String u : usernames) {
			if (u != null) {
				byLower.put(u.toLowerCase(Locale.ROOT), u);
			}
		}
		Map<String, String> names = new HashMap<>();
		if (byLower.isEmpty()) {
			return names;
		}
		String[] lower = byLower.keySet().toArray(String[]::new);
		jdbc.query("select lower(username), full_name from app_user where lower(username) = any(?)",
				ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", lower)),
				rs -> {
					names.put(byLower.get(rs.getString(1)), rs.getString(2));
				});
		return names;
	}

}
