package vn.phoihop.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;

/** Concluding freezes the figures; a correction after a reopen shows only in the next conclusion; history keeps both. */
@IntegrationTest
class ReviewFrozenFiguresTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	ReviewFixtures fixtures;

	@Autowired
	ReviewMonthPage pages;

	private MockMvcRequestBuilder commander(String path, String... params) {
		MockMvcRequestBuilder b = mvc.post().uri(path).with(users.as("chihuy.ramai")).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			b.param(params[i], params[i + 1]);
		}
		return b;
	}

	/** Patrols and participant-times of Dân Hóa in the given edition's frozen figures. */
	private List<Long> frozen(YearMonth m, int edition) {
		return jdbc.queryForObject("""
				select f.patrols, f.pt_border_guard + f.pt_militia + f.pt_police + f.pt_resident + f.pt_other
				from review_figure f join review_edition e on e.id = f.edition_id
				join monthly_review r on r.id = e.review_id
				where r.post_id = ? and r.month = ? and e.edition = ? and f.commune_id = ?
				  and f.content_area = 'BORDER_SOVEREIGNTY'""",
				(rs, i) -> List.of(rs.getLong(1), rs.getLong(2)), fixtures.postId(), Date.valueOf(m.atDay(1)), edition,
				fixtures.communeId("DANHOA2025"));
	}

	@Test
	void aCorrectionAfterAReopenChangesTheFiguresOnlyAtTheNextConclusion() throws Exception {
		YearMonth m = YearMonth.of(2016, 6);
		String base = "/reviews/RAMAI/" + m;
		// a Trọng Hóa record counts for Dân Hóa (the commune it was merged into)
		fixtures.patrol("TRONGHOA", m.atDay(3), 4, 3, "Tuần tra 2016-06 A");
		fixtures.outreach("TUYENLAM", m.atDay(4), 25, "Tuyên truyền 2016-06");
		assertThat(commander(base + "/conclusions", "version", "0", "texts[BORDER_SOVEREIGNTY]", "Giữ vững"))
			.hasStatus3xxRedirection();
		assertThat(commander(base + "/conclude", "version", String.valueOf(fixtures.reviewVersion(m)),
				"conclusionNumber", "6-KL/ĐU", "concludedOn", "2016-07-01", "reason", "Hai xã báo cáo miệng tại giao ban")).hasStatus3xxRedirection();
		assertThat(frozen(m, 1)).containsExactly(1L, 7L);

		// a record slipped in after the conclusion (not through the locked form) does not move the printed figures
		fixtures.patrol("DANHOA2025", m.atDay(20), 10, 0, "Tuần tra 2016-06 muộn");
		var view = pages.month(users.load("chihuy.ramai"), "RAMAI", m);
		assertThat(view.frozen()).isTrue();
		assertThat(view.total().counts().patrols()).isEqualTo(1);
		assertThat(view.total().counts().attendees()).isEqualTo(25);
		// the page's table shows those frozen figures: Dân Hóa's patrol (1 activity, 1 patrol, 4 border guards, 3
		// militia) in its row, the outreach's 25 attendees in the total
		String page = mvc.get().uri(base).with(users.as("chihuy.ramai")).exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).containsPattern(
				"<tr><td>Dân Hóa</td><td>[^<]+</td><td>1</td><td>\\d+</td><td>0</td><td>1</td><td>4</td><td>3</td>")
			.containsPattern("<td colspan=\"2\">[^<]+</td>\\s*<td>2</td><td>\\d+</td><td>25</td><td>1</td><td>4</td><td>3</td>");

		// reopen: the figures are live again (the correction shows), the first edition is untouched
		assertThat(commander(base + "/reopen", "version", String.valueOf(fixtures.reviewVersion(m)), "reason",
				"Bổ sung lần tuần tra ngày 20")).hasStatus3xxRedirection();
		fixtures.patrol("DANHOA2025", m.atDay(21), 2, 0, "Tuần tra 2016-06 bổ sung");
		view = pages.month(users.load("chihuy.ramai"), "RAMAI", m);
		assertThat(view.frozen()).isFalse();
		assertThat(view.total().counts().patrols()).isEqualTo(3);
		assertThat(frozen(m, 1)).containsExactly(1L, 7L);

		// concluded again: a second edition with the corrected figures; the first kept in the history
		assertThat(commander(base + "/conclude", "version", String.valueOf(fixtures.reviewVersion(m)),
				"conclusionNumber", "6-KL/ĐU", "concludedOn", "2016-07-03", "reason", "Hai xã báo cáo miệng tại giao ban")).hasStatus3xxRedirection();
		assertThat(frozen(m, 2)).containsExactly(3L, 19L);
		assertThat(frozen(m, 1)).containsExactly(1L, 7L);
		view = pages.month(users.load("chihuy.ramai"), "RAMAI", m);
		assertThat(view.editions()).hasSize(2);
		assertThat(view.editions().get(0).reopenReason()).isEqualTo("Bổ sung lần tuần tra ngày 20");
		assertThat(view.editions().get(0).total().counts().patrols()).isEqualTo(1);
		assertThat(view.total().counts().patrols()).isEqualTo(3);
		assertThat(mvc.get().uri(base).with(users.as("chihuy.ramai"))).hasStatusOk().bodyText()
			.contains("Lịch sử kết luận").contains("Bổ sung lần tuần tra ngày 20");
	}

}
