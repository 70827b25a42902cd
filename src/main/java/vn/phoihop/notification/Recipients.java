package vn.phoihop.notification;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Who is told: the enabled accounts of a role and unit, read from the accounts' table as the reminder run's
 * statements read it (a commune's officials, a post's commanders, the cadres linked to a review's tasks); and a
 * person's address and language for the channels.
 */
@Repository
class Recipients {

	static final RowMapper<Recipient> RECIPIENT = (rs, i) -> new Recipient(rs.getLong("id"), rs.getString("username"),
			rs.getString("full_name"), rs.getString("email"), rs.getString("locale"));

	private static final String COLUMNS = "u.id, u.username, u.full_name, u.email, u.locale";

	private final NamedParameterJdbcTemplate jdbc;

	Recipients(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The officials of these communes. */
	List<Recipient> officials(Collection<Long> communeIds) {
		if (communeIds.isEmpty()) {
			return List.of();
		}
		return jdbc.query("select " + COLUMNS + " from app_user u where u.enabled and u.role = 'COMMUNE_OFFICIAL' "
				+ "and u.commune_id in (:ids) order by u.id", new MapSqlParameterSource("ids", communeIds), RECIPIENT);
	}

	/** The commanders of a post. */
	List<Recipient> commanders(long postId) {
		return jdbc.query("select " + COLUMNS + " from app_user u where u.enabled and u.role = 'COMMANDER' "
				+ "and u.post_id = :post order by u.id", new MapSqlParameterSource("post", postId), RECIPIENT);
	}

	/** The commanders of the posts that cover the commune on the day. */
	List<Recipient> commandersCovering(long communeId, LocalDate day) {
		return jdbc.query("""
				select distinct %s from app_user u join post_coverage pc on pc.post_id = u.post_id
				where u.enabled and u.role = 'COMMANDER' and pc.commune_id = :commune
				  and pc.valid_from <= :day and (pc.valid_to is null or pc.valid_to >= :day)
				order by u.id""".formatted(COLUMNS),
				new MapSqlParameterSource("commune", communeId).addValue("day", day), RECIPIENT);
	}

	/** The people linked to the cadres who got a task in a review (as their task list finds them). */
	List<Recipient> taskCadres(long reviewId) {
		return jdbc.query("""
				select distinct %s from review_task t join cadre c on c.id = t.cadre_id join app_user u on u.id = c.user_id
				where t.review_id = :review and u.enabled order by u.id""".formatted(COLUMNS),
				new MapSqlParameterSource("review", reviewId), RECIPIENT);
	}

}
