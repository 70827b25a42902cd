package vn.phoihop.household;

import java.text.Normalizer;
import java.util.Locale;

/** The Java twin of the database's search_key(): NFC, no accents, đ → d, lower case, single spaces. */
final class SearchText {

	private SearchText() {
	}

	static String key(String text) {
		if (text == null) {
			return "";
		}
		String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		s = s.replace('đ', 'd').replace('Đ', 'D');
		return s.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ').trim().replaceAll("\\s+", " ");
	}

}
