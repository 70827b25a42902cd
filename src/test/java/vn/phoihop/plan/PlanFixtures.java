package vn.phoihop.plan;

import java.io.UnsupportedEncodingException;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

/**
 * Plans of the tests' own: an agreement of Ra Mai with former Trọng Hóa (in xa.danhoa's scope) and former Thanh Hóa
 * (in xa.tuyenlam's), valid long enough for a plan in a past year and one next year, so that no test changes the demo
 * data's plans. Written straight into the tables; what is asserted goes through the pages.
 */
final class PlanFixtures {

	private final JdbcTemplate jdbc;

	PlanFixtures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	static String unique(String text) {
		return text + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	static String html(MvcTestResult result) {
		try {
			return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	long commune(String code) {
		return jdbc.queryForObject("select id from commune where code = ?", Long.class, code);
	}

	/** An active agreement of Ra Mai with former Trọng Hóa and former Thanh Hóa, 2008–2030. */
	long agreement() {
		long id = jdbc.queryForObject("""
				insert into agreement (post_id, number, title, signed_on, valid_from, valid_to, status, created_by, updated_by)
				select id, ?, 'Quy chế thử của kế hoạch', date '2008-01-05', date '2008-01-01', date '2030-12-31', 'ACTIVE',
				       'test', 'test'
				from border_post where code = 'RAMAI' returning id""", Long.class, unique("QC-KH"));
		jdbc.update("insert into agreement_commune (agreement_id, commune_id) values (?, ?), (?, ?)", id,
				commune("TRONGHOA"), id, commune("THANHHOA"));
		return id;
	}

	/** A plan of the agreement for the year, DRAFT or APPROVED. */
	long plan(long agreement, int year, boolean approved) {
		return jdbc.queryForObject("""
				insert into coordination_plan (agreement_id, post_id, year, status, approved_by, approved_at, created_by,
				  updated_by)
				select a.id, a.post_id, ?, ?, case when ? then 'chihuy.ramai' end, case when ? then now() end, 'test', 'test'
				from agreement a where a.id = ? returning id""", Long.class, year, approved ? "APPROVED" : "DRAFT",
				approved, approved, agreement);
	}

	/** An open item of the plan in the month, in the commune (by code), led by the post or the commune. */
	long item(long plan, int month, String communeCode, Lead lead, String title) {
		return jdbc.queryForObject("""
				insert into planned_item (plan_id, month, title, content_area, commune_id, led_by, created_by, updated_by)
				values (?, ?, ?, 'OUTREACH_LEGAL', ?, ?, 'test', 'test') returning id""", Long.class, plan, month, title,
				commune(communeCode), lead.name());
	}

	String status(long item) {
		return jdbc.queryForObject("select status from planned_item where id = ?", String.class, item);
	}

	String planStatus(long plan) {
		return jdbc.queryForObject("select status from coordination_plan where id = ?", String.class, plan);
	}

	int audited(String type, long id, String action) {
		return jdbc.queryForObject("select count(*) from audit_event where entity_type = ? and entity_id = ? and action = ?",
				Integer.class, type, id, action);
	}

}
