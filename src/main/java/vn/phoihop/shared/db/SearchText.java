package vn.phoihop.shared.db;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The Java twin of the database's search_key(): NFC, no accents, đ → d, lower case, single spaces. For matching done
 * in Java (an import's names, a list filtered in memory) as the database matches its searches.
 */
public final class SearchText {

	private SearchText() {
	}

	public static String key(String text) {
		if (text == null) {
			return "";
		}
		String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		s = s.replace('đ', 'd').replace('Đ', 'D');
		return s.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ').trim().replaceAll("\\s+", " ");
	}

}
