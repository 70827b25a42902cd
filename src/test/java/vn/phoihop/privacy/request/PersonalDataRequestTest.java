package vn.phoihop.privacy.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.phoihop.shared.domain.BusinessRuleException;

/** The request guards its own moves, and its deadlines follow docs/privacy.md §3 (plain JUnit, no Spring). */
class PersonalDataRequestTest {

	static final RequestDeadlines DEFAULTS = new RequestDeadlines(2, 10, 10, 15, 15);

	/** Friday 9 January 2026. */
	static final LocalDate FRIDAY = LocalDate.of(2026, 1, 9);

	static PersonalDataRequest request(RequestKind kind) {
		return new PersonalDataRequest(1L, 2L, kind, "Hồ Thị Lan", null, null, FRIDAY, DEFAULTS);
	}

	@Test
	void theDeadlinesAreTheDecreesByKindAndTheAcknowledgementSkipsTheWeekend() {
		assertThat(request(RequestKind.ACCESS).getDueOn()).isEqualTo(LocalDate.of(2026, 1, 19));
		assertThat(request(RequestKind.CORRECT).getDueOn()).isEqualTo(LocalDate.of(2026, 1, 19));
		for (RequestKind k : new RequestKind[] { RequestKind.DELETE, RequestKind.RESTRICT, RequestKind.OBJECT,
				RequestKind.WITHDRAW_CONSENT }) {
			assertThat(request(k).getDueOn()).as(k.name()).isEqualTo(LocalDate.of(2026, 1, 24));
		}
		// received on a Friday: Monday and Tuesday are the two working days
		assertThat(request(RequestKind.ACCESS).getAcknowledgeBy()).isEqualTo(LocalDate.of(2026, 1, 13));
		assertThat(new RequestDeadlines(2, 7, 10, 15, 15).due(RequestKind.ACCESS, FRIDAY))
			.isEqualTo(LocalDate.of(2026, 1, 16));
	}

	@Test
	void extendedOnceByAtMostFifteenDaysWithAReason() {
		PersonalDataRequest r = request(RequestKind.DELETE);
		assertThatThrownBy(() -> r.extend(16, "Cần xác minh", 15)).isInstanceOf(BusinessRuleException.class)
			.extracting("field").isEqualTo("days");
		assertThatThrownBy(() -> r.extend(10, " ", 15)).extracting("field").isEqualTo("reason");
		r.extend(15, "Cần xác minh với thôn", 15);
		assertThat(r.getStatus()).isEqualTo(RequestStatus.EXTENDED);
		assertThat(r.getDueOn()).isEqualTo(LocalDate.of(2026, 2, 8));
		assertThatThrownBy(() -> r.extend(1, "Lần nữa", 15)).extracting("messageKey")
			.isEqualTo("privacy.request.err.extendedOnce");
	}

	@Test
	void answeredOrRefusedOnceWithTextAndADateNotBeforeTheRequest() {
		PersonalDataRequest r = request(RequestKind.ACCESS);
		r.start();
		assertThatThrownBy(r::start).extracting("messageKey").isEqualTo("privacy.request.err.started");
		assertThatThrownBy(() -> r.answer("", FRIDAY, Instant.now())).extracting("field").isEqualTo("answer");
		assertThatThrownBy(() -> r.answer("Đã gửi", FRIDAY.minusDays(1), Instant.now())).extracting("field")
			.isEqualTo("answeredOn");
		assertThat(r.overdue(LocalDate.of(2026, 1, 20))).isTrue();
		r.answer("Đã gửi bản dữ liệu", FRIDAY.plusDays(3), Instant.now());
		assertThat(r.getStatus()).isEqualTo(RequestStatus.ANSWERED);
		assertThat(r.overdue(LocalDate.of(2026, 1, 20))).isFalse();
		assertThatThrownBy(() -> r.refuse("Không", FRIDAY, Instant.now())).extracting("messageKey")
			.isEqualTo("privacy.request.err.closed");
	}

	@Test
	void onlyARequestToDeleteNotRefusedAnonymisesOnce() {
		assertThatThrownBy(() -> request(RequestKind.CORRECT).anonymised(Instant.now()))
			.extracting("messageKey").isEqualTo("privacy.request.err.notDelete");
		PersonalDataRequest refused = request(RequestKind.DELETE);
		refused.refuse("Dữ liệu cần cho nhiệm vụ công", FRIDAY, Instant.now());
		assertThat(refused.mayAnonymise()).isFalse();
		PersonalDataRequest r = request(RequestKind.DELETE);
		r.anonymised(Instant.now());
		assertThat(r.mayAnonymise()).isFalse();
		assertThatThrownBy(() -> r.anonymised(Instant.now())).extracting("messageKey")
			.isEqualTo("privacy.request.err.anonymised");
	}

}
