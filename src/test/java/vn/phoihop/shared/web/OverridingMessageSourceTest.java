package vn.phoihop.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.StaticMessageSource;

/**
 * The message source keeps the bundles' texts of codes asked without arguments (change 69): the same texts as the
 * bundles give, a text kept as a row still first and at once, arguments still formatted, an unknown code still an
 * error or the default given, nothing kept when the bundles are read again (a cache duration).
 */
class OverridingMessageSourceTest {

	private static final Locale VI = Locale.forLanguageTag("vi");

	private final StaticMessageSource bundles = new StaticMessageSource();

	private final Map<String, String> rows = new HashMap<>();

	private OverridingMessageSource source(boolean fixed) {
		bundles.addMessage("report.title", VI, "Báo cáo");
		bundles.addMessage("report.title", Locale.ENGLISH, "Report");
		bundles.addMessage("report.count", VI, "{0} hoạt động");
		OverridingMessageSource source = new OverridingMessageSource(bundles, fixed);
		source.register((code, locale) -> rows.get(code + "/" + locale.getLanguage()));
		return source;
	}

	@Test
	void aTextWithoutArgumentsIsTheBundlesAndIsKeptWhenTheBundlesAreFixed() {
		OverridingMessageSource source = source(true);
		assertThat(source.getMessage("report.title", null, VI)).isEqualTo("Báo cáo");
		assertThat(source.getMessage("report.title", new Object[0], Locale.ENGLISH)).isEqualTo("Report");
		bundles.addMessage("report.title", VI, "Báo cáo mới");
		assertThat(source.getMessage("report.title", null, VI)).as("kept").isEqualTo("Báo cáo");
		assertThat(source.getMessage("report.title", null, "mặc định", VI)).as("kept").isEqualTo("Báo cáo");
	}

	@Test
	void aTextKeptAsARowComesFirstAtOnce() {
		OverridingMessageSource source = source(true);
		assertThat(source.getMessage("report.title", null, VI)).isEqualTo("Báo cáo");
		rows.put("report.title/vi", "Báo cáo tổng hợp");
		assertThat(source.getMessage("report.title", null, VI)).isEqualTo("Báo cáo tổng hợp");
		rows.clear();
		assertThat(source.getMessage("report.title", null, VI)).isEqualTo("Báo cáo");
	}

	@Test
	void argumentsUnknownCodesAndDefaultsAreAsTheBundlesAnswer() {
		OverridingMessageSource source = source(true);
		assertThat(source.getMessage("report.count", new Object[] { 12 }, VI)).isEqualTo("12 hoạt động");
		assertThatThrownBy(() -> source.getMessage("no.such.code", null, VI))
			.isInstanceOf(NoSuchMessageException.class);
		assertThat(source.getMessage("no.such.code", null, "mặc định", VI)).isEqualTo("mặc định");
		bundles.addMessage("no.such.code", VI, "có rồi");
		assertThat(source.getMessage("no.such.code", null, VI)).as("a code not found is not kept as missing")
			.isEqualTo("có rồi");
	}

	@Test
	void nothingIsKeptWhenTheBundlesAreReadAgain() {
		OverridingMessageSource source = source(false);
		assertThat(source.getMessage("report.title", null, VI)).isEqualTo("Báo cáo");
		bundles.addMessage("report.title", VI, "Báo cáo mới");
		assertThat(source.getMessage("report.title", null, VI)).isEqualTo("Báo cáo mới");
	}

}
