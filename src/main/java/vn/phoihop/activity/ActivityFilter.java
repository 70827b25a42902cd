package vn.phoihop.activity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import vn.phoihop.agreement.ContentArea;
import vn.phoihop.territory.Scope;

/**
 * The log's filters, bound from the query string (so every filtered list is bookmarkable), and their one rendering
 * as SQL: the page, its totals, the CSV and the monthly totals all take their condition from {@link #where}, so a
 * filter is written once. Only the filters given are rendered (no "{@code :x is null or}" clauses), with named
 * parameters. Equal filters are equal values: the kept totals are keyed by the scope and the filter.
 */
public class ActivityFilter {

	Long communeId;

	Long villageId;

	ActivityType type;

	ContentArea contentArea;

	Long agreementId;

	@DateTimeFormat(pattern = "yyyy-MM-dd")
	LocalDate from;

	@DateTimeFormat(pattern = "yyyy-MM-dd")
	LocalDate to;

	String loggedBy;

	ActivityStatus status;

	String q;

	String sort = "date";

	String dir = "desc";

	/** A condition in SQL and the values of its named parameters. */
	record Condition(String sql, MapSqlParameterSource params) {
	}

	/**
	 * The condition on the activities (alias {@code a} of the table {@code activity}) that the filter and the scope
	 * leave. The text filter has two forms, as the household search's: the whole country uses the trigram index on
	 * the stored key with {@code like}; a scope of communes reads its own activities and filters them with
	 * {@code strpos}, which the trigram index cannot answer, but which takes the words typed literally ({@code %}
	 * and {@code _} included) and, over a post's covering index (V048), costs less than the {@code like}.
	 */
	Condition where(Scope scope) {
		return render(scope.all() ? null : scope, scope.all());
	}

	/** The same without a scope clause, for a query that names its communes itself (the per-commune page). */
	Condition withinCommunes() {
		return render(null, false);
	}

	private Condition render(Scope scope, boolean wholeCountry) {
		MapSqlParameterSource p = new MapSqlParameterSource();
		List<String> and = new ArrayList<>();
		if (scope != null) {
			and.add("a.commune_id = any(:scope)");
			p.addValue("scope", scope.idsForQuery());
		}
		and.addAll(keptClauses("a", p));
		if (from != null) {
			and.add("a.activity_date >= :from");
			p.addValue("from", from, Types.DATE);
		}
		if (to != null) {
			and.add("a.activity_date <= :to");
			p.addValue("to", to, Types.DATE);
		}
		if (villageId != null) {
			and.add("exists (select 1 from activity_village av where av.activity_id = a.id and av.village_id = :village)");
			p.addValue("village", villageId);
		}
		if (loggedBy != null) {
			and.add("a.logged_by = :loggedBy");
			p.addValue("loggedBy", loggedBy, Types.VARCHAR);
		}
		if (q != null) {
			and.add(wholeCountry ? "a.search_text like '%' || search_key(cast(:q as varchar)) || '%'"
					: "strpos(a.search_text, search_key(cast(:q as varchar))) > 0");
			p.addValue("q", q, Types.VARCHAR);
		}
		return new Condition(and.isEmpty() ? "true" : String.join("\n  and ", and), p);
	}

	/**
	 * The condition on the rows of {@link ActivityMonthTotals#source} (alias {@code x}): the filters the monthly
	 * totals keep, in a scope. The dates are the source's range; text, village and author are not kept there
	 * ({@link #readsActivities()}).
	 */
	Condition monthTotalsWhere(Scope scope) {
		MapSqlParameterSource p = new MapSqlParameterSource();
		List<String> and = new ArrayList<>();
		if (!scope.all()) {
			and.add("x.commune_id = any(:scope)");
			p.addValue("scope", scope.idsForQuery());
		}
		and.addAll(keptClauses("x", p));
		ActivityMonthTotals.range(p, from, to);
		return new Condition(and.isEmpty() ? "true" : String.join(" and ", and), p);
	}

	/** The clauses of the filters the monthly totals keep, on the columns both tables name alike. */
	private List<String> keptClauses(String alias, MapSqlParameterSource p) {
		List<String> and = new ArrayList<>();
		if (communeId != null) {
			and.add(alias + ".commune_id = :commune");
			p.addValue("commune", communeId);
		}
		if (type != null) {
			and.add(alias + ".type = :type");
			p.addValue("type", type.name());
		}
		if (contentArea != null) {
			and.add(alias + ".content_area = :area");
			p.addValue("area", contentArea.name());
		}
		if (agreementId != null) {
			and.add(alias + ".agreement_id = :agreement");
			p.addValue("agreement", agreementId);
		}
		if (status != null) {
			and.add(alias + ".status = :status");
			p.addValue("status", status.name());
		}
		return and;
	}

	/** The filters whose totals read the activities themselves, not the monthly totals (V043). */
	boolean readsActivities() {
		return villageId != null || loggedBy != null || q != null;
	}

	/** The order of the list: the column chosen, then the id, in one direction (newest first by default). */
	String orderBy() {
		String column = switch (sort == null ? "" : sort) {
			case "title" -> "a.title";
			case "type" -> "a.type";
			case "commune" -> "a.commune_id";
			case "status" -> "a.status";
			default -> "a.activity_date";
		};
		String direction = "asc".equalsIgnoreCase(dir) ? "asc" : "desc";
		return column + " " + direction + ", a.id " + direction;
	}

	/** Whether the list is in its default order (newest first), which the per-commune paging serves. */
	boolean newestFirst() {
		return orderBy().equals("a.activity_date desc, a.id desc");
	}

	/** The same filter without those that read the activities themselves: text, village, who logged it. */
	ActivityFilter withoutRowFilters() {
		ActivityFilter f = new ActivityFilter();
		f.communeId = communeId;
		f.type = type;
		f.contentArea = contentArea;
		f.agreementId = agreementId;
		f.from = from;
		f.to = to;
		f.status = status;
		return f;
	}

	/** The filter as a query string, for the pager, the sort links and the CSV link (without sort and page). */
	String query() {
		StringBuilder sb = new StringBuilder();
		add(sb, "communeId", communeId);
		add(sb, "villageId", villageId);
		add(sb, "type", type);
		add(sb, "contentArea", contentArea);
		add(sb, "agreementId", agreementId);
		add(sb, "from", from);
		add(sb, "to", to);
		add(sb, "loggedBy", loggedBy);
		add(sb, "status", status);
		add(sb, "q", q);
		return sb.toString();
	}

	private static void add(StringBuilder sb, String name, Object value) {
		if (value != null) {
			sb.append(sb.isEmpty() ? "" : "&").append(name).append('=')
				.append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
		}
	}

	/** Equal when every filter is equal (the order is not part of what a filter selects). */
	@Override
	public boolean equals(Object o) {
		return o instanceof ActivityFilter f && Objects.equals(communeId, f.communeId)
				&& Objects.equals(villageId, f.villageId) && type == f.type && contentArea == f.contentArea
				&& Objects.equals(agreementId, f.agreementId) && Objects.equals(from, f.from)
				&& Objects.equals(to, f.to) && Objects.equals(loggedBy, f.loggedBy) && status == f.status
				&& Objects.equals(q, f.q);
	}

	@Override
	public int hashCode() {
		return Objects.hash(communeId, villageId, type, contentArea, agreementId, from, to, loggedBy, status, q);
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	public Long getCommuneId() { return communeId; }
	public void setCommuneId(Long communeId) { this.communeId = communeId; }
	public Long getVillageId() { return villageId; }
	public void setVillageId(Long villageId) { this.villageId = villageId; }
	public ActivityType getType() { return type; }
	public void setType(ActivityType type) { this.type = type; }
	public ContentArea getContentArea() { return contentArea; }
	public void setContentArea(ContentArea contentArea) { this.contentArea = contentArea; }
	public Long getAgreementId() { return agreementId; }
	public void setAgreementId(Long agreementId) { this.agreementId = agreementId; }
	public LocalDate getFrom() { return from; }
	public void setFrom(LocalDate from) { this.from = from; }
	public LocalDate getTo() { return to; }
	public void setTo(LocalDate to) { this.to = to; }
	public String getLoggedBy() { return loggedBy; }
	public void setLoggedBy(String loggedBy) { this.loggedBy = blankToNull(loggedBy); }
	public ActivityStatus getStatus() { return status; }
	public void setStatus(ActivityStatus status) { this.status = status; }
	public String getQ() { return q; }
	public void setQ(String q) { this.q = blankToNull(q); }
	public String getSort() { return sort; }
	public void setSort(String sort) { this.sort = sort; }
	public String getDir() { return dir; }
	public void setDir(String dir) { this.dir = dir; }

}
