package vn.phoihop.activity;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

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
	public Map<ContentArea, Figures> byContentArea(Long agreementId) {
		Map<ContentArea, Figures> result = new EnumMap<>(ContentArea.class);
		jdbc.query("""
				select content_area, count(*),
				       count(*) filter (where type = 'OUTREACH'),
				       coalesce(sum(attendee_count), 0),
				       count(*) filter (where type = 'PATROL'),
				       coalesce(sum(coalesce(part_border_guard, 0) + coalesce(part_militia, 0) + coalesce(part_police, 0)
				                  + coalesce(part_resident, 0) + coalesce(part_other, 0)), 0)
				from activity
				where agreement_id = ? and status = 'SUBMITTED' and content_area is not null
				group by content_area
				""", rs -> {
			result.put(ContentArea.valueOf(rs.getString(1)),
					new Figures(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)));
		}, agreementId);
		return result;
	}

}
