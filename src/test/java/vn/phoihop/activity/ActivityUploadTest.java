package vn.phoihop.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;

/** Attachments are checked by content and size; a refused file leaves nothing stored, nor does the same file twice. */
@IntegrationTest
class ActivityUploadTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	ActivityFixtures fixtures;

	@Autowired
	MessageSource messages;

	private int stored(long activityId) {
		return jdbc.queryForObject("select count(*) from activity_attachment where activity_id = ?", Integer.class,
				activityId);
	}

	private Activity activity() {
		return fixtures.patrol(users.load("xa.danhoa"), "DANHOA2025", "TRONGHOA", LocalDate.now().withDayOfMonth(1),
				ActivityFixtures.unique("Có đính kèm"));
	}

	@Test
	void aRenamedExecutableIsRefused() {
		Activity a = activity();
		byte[] exe = new byte[2048];
		exe[0] = 'M';
		exe[1] = 'Z';
		assertThat(mvc.post().uri("/activities/" + a.getId() + "/attachments").multipart()
			.file(new MockMultipartFile("file", "bien-ban.pdf", "application/pdf", exe))
			.with(users.as("xa.danhoa")).with(csrf())).hasStatus3xxRedirection()
			.flash().containsEntry("error", "activity.file.type");
		assertThat(stored(a.getId())).isZero();
		assertThat(messages.getMessage("activity.file.type", null, Locale.forLanguageTag("vi")))
			.contains("kiểm tra theo nội dung tệp");
	}

	@Test
	void anOversizedFileIsRefused() {
		Activity a = activity();
		byte[] big = new byte[(int) (10 * 1024 * 1024) + 1];
		big[0] = (byte) 0xFF;
		big[1] = (byte) 0xD8;
		big[2] = (byte) 0xFF;
		assertThat(mvc.post().uri("/activities/" + a.getId() + "/attachments").multipart()
			.file(new MockMultipartFile("file", "anh.jpg", "image/jpeg", big))
			.with(users.as("xa.danhoa")).with(csrf())).hasStatus3xxRedirection()
			.flash().containsEntry("error", "activity.file.tooLarge");
		assertThat(stored(a.getId())).isZero();
	}

	@Test
	void aPdfAndAPngAreStoredAndServedBack() {
		Activity a = activity();
		byte[] pdf = "%PDF-1.4\n%test\n".getBytes();
		assertThat(mvc.post().uri("/activities/" + a.getId() + "/attachments").multipart()
			.file(new MockMultipartFile("file", "bien-ban.pdf", "application/octet-stream", pdf))
			.with(users.as("xa.danhoa")).with(csrf())).hasStatus3xxRedirection()
			.flash().containsEntry("success", "activity.attachment.saved");
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 };
		assertThat(mvc.post().uri("/activities/" + a.getId() + "/attachments").multipart()
			.file(new MockMultipartFile("file", "anh.png", "image/png", png))
			.with(users.as("xa.danhoa")).with(csrf())).hasStatus3xxRedirection();
		assertThat(stored(a.getId())).isEqualTo(2);
		// the same file again (the button pressed twice, a resend after a lost answer): said, not stored twice
		assertThat(mvc.post().uri("/activities/" + a.getId() + "/attachments").multipart()
			.file(new MockMultipartFile("file", "anh.png", "image/png", png))
			.with(users.as("xa.danhoa")).with(csrf())).hasStatus3xxRedirection()
			.flash().containsEntry("success", "activity.attachment.same");
		assertThat(stored(a.getId())).isEqualTo(2);
		Long id = jdbc.queryForObject("select min(id) from activity_attachment where activity_id = ?", Long.class, a.getId());
		assertThat(mvc.get().uri("/activities/" + a.getId() + "/attachments/" + id).with(users.as("xa.danhoa")))
			.hasStatusOk().hasContentType("application/pdf");
		assertThat(mvc.get().uri("/activities/" + a.getId() + "/attachments/" + id).with(users.as("xa.tuyenlam")))
			.hasStatus(404);
	}

}
