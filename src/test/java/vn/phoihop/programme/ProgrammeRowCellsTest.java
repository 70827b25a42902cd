package vn.phoihop.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.phoihop.support.IntegrationTest;
import vn.phoihop.support.TestUsers;

/**
 * A programme list row written in Java ({@link ProgrammeRowCells}): a name typed with markup is shown as text, a
 * link to the programme for the commander, plain text for the provincial command, who reads no names' pages.
 */
@IntegrationTest
class ProgrammeRowCellsTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	@Test
	void aNameWithMarkupIsTextAndLinksOnlyForThoseWhoReadNames() throws Exception {
		String name = "<img src=x onerror=alert(1)> Áo ấm " + UUID.randomUUID().toString().substring(0, 8);
		long id = jdbc.queryForObject("""
				insert into programme (kind_id, name, post_id, starts_on, created_by, updated_by)
				select (select min(id) from programme_kind), ?, p.id, date '2100-01-01', 'test', 'test'
				from border_post p where p.code = 'RAMAI' returning id""", Long.class, name);
		String escaped = name.replace("<", "&lt;").replace(">", "&gt;");

		String commander = mvc.get().uri("/programmes").with(users.as("chihuy.ramai")).exchange().getResponse()
			.getContentAsString();
		assertThat(commander).doesNotContain("<img src=x")
			.contains("<a href=\"/programmes/" + id + "\">" + escaped + "</a>");

		String viewer = mvc.get().uri("/programmes").with(users.as("tinh.quangtri")).exchange().getResponse()
			.getContentAsString();
		assertThat(viewer).doesNotContain("<img src=x").contains("<span>" + escaped + "</span>")
			.doesNotContain("href=\"/programmes/" + id + "\"");
		jdbc.update("delete from programme where id = ?", id); // the other classes share the database
	}

}
