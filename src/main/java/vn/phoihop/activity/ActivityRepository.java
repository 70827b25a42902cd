package vn.phoihop.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.phoihop.agreement.ContentArea;

interface ActivityRepository extends JpaRepository<Activity, Long> {

	/**
	 * The scope predicate and the log's filters: shared by the list, its count, the totals and the CSV. The text
	 * filter has two forms, as the household search's: the whole country uses the trigram index on the stored key;
	 * a scope of communes reads its own activities and filters them by {@code locate} (PostgreSQL's
	 * {@code position}, which the trigram index cannot answer, and which takes the words typed literally, {@code %}
	 * and {@code _} included). For a word found in a third of the country's activities ("tuan tra"), the trigram
	 * index gives 1,500,000 rows to intersect with the post's 46,000: 770 ms, against 250 ms for filtering the
	 * 46,000 from the table, and 25-60 ms from the covering index that holds the key (V048; {@code position} takes
	 * 40 % less time than the {@code like} it replaced, docs/performance.md change 53).
	 */
	String WHERE = """
			(:all = true or has_id(:ids, a.communeId))
			  and (:communeId is null or a.communeId = :communeId)
			  and (:villageId is null or :villageId member of a.villageIds)
			  and (:type is null or a.type = :type)
			  and (:contentArea is null or a.contentArea = :contentArea)
			  and (:agreementId is null or a.agreementId = :agreementId)
			  and (cast(:from as LocalDate) is null or a.activityDate >= :from)
			  and (cast(:to as LocalDate) is null or a.activityDate <= :to)
			  and (cast(:loggedBy as String) is null or a.loggedBy = cast(:loggedBy as String))
			  and (:status is null or a.status = :status)
			  and (cast(:q as String) is null
			       or (:all = true and a.searchText like concat('%', search_key(cast(:q as String)), '%'))
			       or (:all = false and locate(search_key(cast(:q as String)), a.searchText) > 0))
			""";

	@Query(value = "select a from Activity a where " + WHERE, countQuery = "select count(a) from Activity a where " + WHERE)
	Page<Activity> search(@Param("all") boolean all, @Param("ids") Long[] ids,
			@Param("communeId") Long communeId, @Param("villageId") Long villageId, @Param("type") ActivityType type,
			@Param("contentArea") ContentArea contentArea, @Param("agreementId") Long agreementId,
			@Param("from") LocalDate from, @Param("to") LocalDate to, @Param("loggedBy") String loggedBy,
			@Param("status") ActivityStatus status, @Param("q") String q, Pageable pageable);

	@Query("select a from Activity a where " + WHERE)
	Slice<Activity> slice(@Param("all") boolean all, @Param("ids") Long[] ids,
			@Param("communeId") Long communeId, @Param("villageId") Long villageId, @Param("type") ActivityType type,
			@Param("contentArea") ContentArea contentArea, @Param("agreementId") Long agreementId,
			@Param("from") LocalDate from, @Param("to") LocalDate to, @Param("loggedBy") String loggedBy,
			@Param("status") ActivityStatus status, @Param("q") String q, Pageable pageable);

	/** The ids of one page (index-only with activity_scope_text_idx, V048); the rows are then fetched by id. */
	@Query("select a.id from Activity a where " + WHERE)
	Slice<Long> pageIds(@Param("all") boolean all, @Param("ids") Long[] ids,
			@Param("communeId") Long communeId, @Param("villageId") Long villageId, @Param("type") ActivityType type,
			@Param("contentArea") ContentArea contentArea, @Param("agreementId") Long agreementId,
			@Param("from") LocalDate from, @Param("to") LocalDate to, @Param("loggedBy") String loggedBy,
			@Param("status") ActivityStatus status, @Param("q") String q, Pageable pageable);

	/** The filtered totals in one aggregate: sessions, outreach, attendees, patrols, participants by force. */
	@Query("""
			select new vn.phoihop.activity.ActivityTotals(count(a),
			  sum(case when a.type = vn.phoihop.activity.ActivityType.OUTREACH then 1 else 0 end),
			  coalesce(sum(a.attendeeCount), 0),
			  sum(case when a.type = vn.phoihop.activity.ActivityType.PATROL then 1 else 0 end),
			  sum(case when a.type = vn.phoihop.activity.ActivityType.INSPECTION then 1 else 0 end),
			  coalesce(sum(a.borderGuard), 0), coalesce(sum(a.militia), 0), coalesce(sum(a.police), 0),
			  coalesce(sum(a.resident), 0), coalesce(sum(a.otherForce), 0))
			from Activity a where """ + WHERE)
	ActivityTotals totals(@Param("all") boolean all, @Param("ids") Long[] ids,
			@Param("communeId") Long communeId, @Param("villageId") Long villageId, @Param("type") ActivityType type,
			@Param("contentArea") ContentArea contentArea, @Param("agreementId") Long agreementId,
			@Param("from") LocalDate from, @Param("to") LocalDate to, @Param("loggedBy") String loggedBy,
			@Param("status") ActivityStatus status, @Param("q") String q);

	@Query("select a from Activity a where a.id = :id and (:all = true or has_id(:ids, a.communeId))")
	Optional<Activity> findInScope(@Param("id") Long id, @Param("all") boolean all, @Param("ids") Long[] ids);

	@Query("select distinct a.loggedBy from Activity a where (:all = true or has_id(:ids, a.communeId)) order by a.loggedBy")
	List<String> loggers(@Param("all") boolean all, @Param("ids") Long[] ids);

}
