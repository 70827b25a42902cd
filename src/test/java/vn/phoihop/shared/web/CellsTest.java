package vn.phoihop.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A row's prepared cells: what the template wrote, escaped, with the page's classes. */
class CellsTest {

	@Test
	void writesOneCellPerTextWithItsClass() {
		assertThat(new Cells().td("households", "3.009").td(12).td(null).toString())
			.isEqualTo("<td class=\"households\">3.009</td><td>12</td><td></td>");
	}

	@Test
	void escapesTextsButKeepsVietnameseLetters() {
		String html = new Cells().td("text-start", "<script>alert(\"x\")</script> & Đồn 'A'").toString();
		assertThat(html).doesNotContain("<script>")
			.isEqualTo("<td class=\"text-start\">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Đồn &#39;A&#39;</td>");
	}

}
