package vn.phoihop.activity;

import java.util.TreeMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.agreement.ActivityCounts;
import vn.phoihop.agreement.ActualFigures;
import vn.phoihop.agreement.ContentArea;

/** An agreement's actual figures so far, per content area, by one SQL aggregate over its submitted activities. */
@Component
class ActivityFigures implements ActualFigures {

	private final JdbcTemplate jdbc;

	ActivityFigures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<ContentArea, ActivityCounts> byContentArea(Long agreementId) {
		Map<ContentArea, ActivityCounts> result = new TreeMap<>();
		jdbc.query(ActivityMonthTotals.sumsByType(ActivityMonthTotals.rows(
				"a.agreement_id = ? and a.status = 'SUBMITTED' and a.content_area is not null", "a"), "a.content_area"),
				rs -> {
					ContentArea area = ContentArea.valueOf(rs.getString("content_area"));
					result.put(area, ActivityMonthTotals.plusTypeRow(result.getOrDefault(area, ActivityCounts.ZERO), rs));
				}, agreementId);
		return result;
	}

}
