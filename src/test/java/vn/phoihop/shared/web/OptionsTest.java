package vn.phoihop.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.phoihop.activity.ActivityType;

/** The filters' prepared choices: what the template wrote, escaped, with the filter's value selected. */
class OptionsTest {

	record Item(long id, String name) {
	}

	@Test
	void writesOneOptionPerItemAndSelectsTheFiltersValue() {
		var items = List.of(new Item(1, "Bản Ka Ai"), new Item(2, "Bản Chà Cáp"));
		assertThat(Options.html(items, Item::id, Item::name, 2L)).isEqualTo(
				"<option value=\"1\">Bản Ka Ai</option><option value=\"2\" selected=\"selected\">Bản Chà Cáp</option>");
		assertThat(Options.html(items, Item::id, Item::name, null)).doesNotContain("selected");
	}

	@Test
	void escapesValuesAndLabelsButKeepsVietnameseLetters() {
		var items = List.of(new Item(7, "<script>alert(\"x\")</script> & Đồn 'A'"));
		String html = Options.html(items, i -> i.name(), Item::name, null);
		assertThat(html).doesNotContain("<script>")
			.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Đồn &#39;A&#39;");
	}

	@Test
	void enumValuesAreTheirNamesAndCompareWithTheFiltersEnum() {
		String html = Options.html(ActivityType.all(), t -> t, t -> t.name().toLowerCase(),
				ActivityType.PATROL);
		assertThat(html).contains("<option value=\"PATROL\" selected=\"selected\">patrol</option>")
			.contains("<option value=\"OUTREACH\">outreach</option>");
	}

	@Test
	void aValueOfAnotherTypeIsNotSelected() {
		// the filter's Long against an option's Long only: "2" as text is not the id 2
		assertThat(Options.html(List.of(new Item(2, "B")), Item::id, Item::name, "2")).doesNotContain("selected");
	}

	@Test
	void noItemsNoOptions() {
		assertThat(Options.html(List.<Item>of(), Item::id, Item::name, 1L)).isEmpty();
	}

}
