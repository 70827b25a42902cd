package vn.phoihop.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoihop.privacy.AccessLogTest.html;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;

/** The residents' privacy notice (issue 22 §3): Vietnamese, for the user's post, printable. */
@IntegrationTest
class PrivacyNoticeTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Test
	void anOfficialPrintsTheNoticeOfThePostCoveringTheCommune() {
		String page = html(mvc.get().uri("/privacy/notice").with(users.as("xa.danhoa")).exchange());
		assertThat(page).contains("THÔNG BÁO VỀ VIỆC XỬ LÝ DỮ LIỆU CÁ NHÂN CỦA HỘ GIA ĐÌNH", "Ra Mai", "Dân Hóa",
				"Tuyên Lâm", "Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15", "Thông tin được ghi chép",
				"Dân tộc và nhóm địa phương", "Mục đích", "Thời gian lưu giữ", "5 năm", "Quyền của bà con",
				"Được yêu cầu sửa thông tin sai", "Liên hệ", "id=\"print-link\"")
			.doesNotContain("print-view");
		String printed = html(mvc.get().uri("/privacy/notice").param("print", "1").with(users.as("xa.danhoa"))
			.exchange());
		assertThat(printed).contains("print-view", "/js/print", "Ra Mai").doesNotContain("id=\"print-link\"");
	}

	@Test
	void theAdministratorChoosesAPostAndAnUnknownOneIsA404() {
		assertThat(html(mvc.get().uri("/privacy/notice").param("post", "RAMAI").with(users.as("admin")).exchange()))
			.contains("Ra Mai", "Bộ Chỉ huy");
		assertThat(mvc.get().uri("/privacy/notice").param("post", "KHONGCO").with(users.as("admin"))).hasStatus(404);
		// a post that is not the official's own is not theirs to print
		assertThat(mvc.get().uri("/privacy/notice").param("post", "KHONGCO").with(users.as("xa.danhoa")))
			.hasStatus(404);
		assertThat(html(mvc.get().uri("/privacy/notice?lang=en").with(users.as("chihuy.ramai")).exchange()))
			.contains("NOTICE ON THE PROCESSING OF HOUSEHOLDS' PERSONAL DATA");
	}

}
