package vn.phoihop.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.support.IntegrationTest;

/**
 * The register's numbers: taken at once by several transactions they are all different and consecutive; a
 * transaction that fails gives its number back; the database refuses a number twice whoever writes. Ra Mai's
 * summing-up reports (BAO_CAO_SO_KET) of 2009 are this test's own.
 */
@IntegrationTest
class DocumentNumbersTest {

	static final int YEAR = 2009;

	@Autowired
	DocumentRegister register;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcTemplate jdbc;

	long post() {
		return jdbc.queryForObject("select id from border_post where code = 'RAMAI'", Long.class);
	}

	/** A one-page PDF: what the register signs and records (any rendered document would do). */
	private static byte[] blankPage() {
		try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument();
				java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
			doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
			doc.save(out);
			return out.toByteArray();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private long issue(int day) {
		return tx.execute(s -> {
			DocumentRegister.Taken n = register.take(post(), DocumentType.BAO_CAO_SO_KET, YEAR);
			return register.issue(n, new DocumentRegister.Issue("test:numbers:" + day, LocalDate.of(YEAR, 3, day),
					"Báo cáo sơ kết thử " + day, null, null, "test"), blankPage());
		});
	}

	@Test
	void numbersTakenAtOnceAreDifferentAndConsecutiveAndAFailedIssueGivesItsNumberBack() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Long>> ids = new ArrayList<>();
		try {
			for (int i = 1; i <= 8; i++) {
				int day = i;
				ids.add(pool.submit(() -> {
					start.await();
					return issue(day);
				}));
			}
			start.countDown();
			for (Future<Long> f : ids) {
				f.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.queryForList("select number from issued_document where post_id = ? and type = 'BAO_CAO_SO_KET' "
				+ "and year = ? order by number", Integer.class, post(), YEAR)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
		assertThat(register.next(post(), DocumentType.BAO_CAO_SO_KET, YEAR)).isEqualTo("9-BC/ĐU");

		// a transaction that fails after taking a number gives it back
		assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
			register.take(post(), DocumentType.BAO_CAO_SO_KET, YEAR);
			throw new IllegalStateException("refused");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(register.next(post(), DocumentType.BAO_CAO_SO_KET, YEAR)).isEqualTo("9-BC/ĐU");
		// a number of another year than the document's date is refused
		assertThatThrownBy(() -> tx.executeWithoutResult(s -> register.issue(
				register.take(post(), DocumentType.BAO_CAO_SO_KET, YEAR),
				new DocumentRegister.Issue("test:numbers:x", LocalDate.of(YEAR + 1, 1, 2), "x", null, null, "test"),
				new byte[] { 1 }))).isInstanceOf(IllegalArgumentException.class);
		// the database refuses a number given twice, whoever writes
		assertThatThrownBy(() -> jdbc.update("""
				insert into issued_document (post_id, type, year, number, number_text, issued_on, subject, source, pdf,
				  sha256, issued_by)
				values (?, 'BAO_CAO_SO_KET', ?, 3, '3-BC/ĐU', ?, 'Trùng số', 'test:dup', '\\x00', repeat('0', 64), 'test')""",
				post(), YEAR, java.sql.Date.valueOf(LocalDate.of(YEAR, 5, 1))))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

}
