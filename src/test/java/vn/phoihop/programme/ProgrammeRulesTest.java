package vn.phoihop.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The rules the programme's records keep themselves (plain JUnit, no Spring). */
class ProgrammeRulesTest {

	private static Programme programme(LocalDate from, LocalDate to) {
		Programme p = Programme.ofPost(1L);
		p.describe(1L, "Nâng bước em tới trường", from, to, null);
		return p;
	}

	@Test
	void aProgrammeRunsWithinItsPeriodAndEndsOnOrAfterItsStart() {
		Programme p = programme(LocalDate.of(2017, 9, 1), LocalDate.of(2020, 5, 31));
		assertThat(p.runsOn(LocalDate.of(2017, 9, 1))).isTrue();
		assertThat(p.runsOn(LocalDate.of(2020, 5, 31))).isTrue();
		assertThat(p.runsOn(LocalDate.of(2017, 8, 31))).isFalse();
		assertThat(p.runsOn(LocalDate.of(2020, 6, 1))).isFalse();
		assertThat(programme(LocalDate.of(2017, 9, 1), null).runsOn(LocalDate.of(2099, 1, 1))).isTrue();
		assertThatThrownBy(() -> programme(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(p.isOfPost()).isTrue();
		assertThat(Programme.ofCommune(3L).auditUnit().communeId()).isEqualTo(3L);
	}

	@Test
	void aBeneficiaryLeavesOnceWithAReasonAndTakesSupportOnlyWhileIn() {
		Beneficiary b = new Beneficiary(programme(LocalDate.of(2017, 9, 1), null), 10L, 20L, 30L,
				LocalDate.of(2019, 9, 5));
		assertThat(b.takesSupportOn(LocalDate.of(2019, 9, 4))).isFalse();
		assertThat(b.takesSupportOn(LocalDate.of(2019, 9, 5))).isTrue();
		assertThatThrownBy(() -> b.leave(LocalDate.of(2019, 9, 4), "Chuyển trường"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> b.leave(LocalDate.of(2022, 6, 30), " ")).isInstanceOf(IllegalArgumentException.class);
		b.leave(LocalDate.of(2022, 6, 30), "Đã học xong");
		assertThat(b.isCurrent()).isFalse();
		assertThat(b.takesSupportOn(LocalDate.of(2022, 6, 30))).isTrue();
		assertThat(b.takesSupportOn(LocalDate.of(2022, 7, 1))).isFalse();
		assertThatThrownBy(() -> b.leave(LocalDate.of(2023, 1, 1), "Lần nữa")).isInstanceOf(IllegalStateException.class);
		assertThat(b.isPerson()).isTrue();
		assertThat(b.auditUnit().communeId()).isEqualTo(30L);
	}

}
