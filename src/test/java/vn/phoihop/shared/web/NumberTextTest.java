package vn.phoihop.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** {@code @num.i(x)} writes what {@code #numbers.formatInteger(x, 1, 'DEFAULT')} wrote, in both languages. */
class NumberTextTest {

	final NumberText num = new NumberText();

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void groupsDigitsLikeTheLocalesOwnFormat() {
		for (Locale locale : new Locale[] { Locale.forLanguageTag("vi"), Locale.ENGLISH }) {
			LocaleContextHolder.setLocale(locale);
			NumberFormat reference = NumberFormat.getIntegerInstance(locale);
			for (long v : new long[] { 0, 7, 999, 1000, 12345, 1234567, -4321, 5000000000L }) {
				assertThat(num.i(v)).as("%s in %s", v, locale).isEqualTo(reference.format(v));
			}
		}
		LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
		assertThat(num.i(1234567)).isEqualTo("1.234.567");
		assertThat(num.i(new BigDecimal("2.5"))).isEqualTo("2");
		assertThat(num.i(new BigDecimal("3.5"))).isEqualTo("4");
		assertThat(num.i(null)).isEmpty();
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(num.i(1234567)).isEqualTo("1,234,567");
	}

}
