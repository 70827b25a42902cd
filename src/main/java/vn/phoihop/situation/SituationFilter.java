package vn.phoihop.situation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import vn.phoihop.territory.Scope;

/**
 * The register's filters, bound from the query string (every filtered list is bookmarkable), rendered once as SQL
 * on {@code situation_item s} for the page, its count, the CSV and the counts by category. Filters on what a
 * restricted item hides (village, source, severity, status, text) never find a restricted item whose content the
 * reader does not see: the filter would reveal what the row hides.
 */
public class SituationFilter {

	String q;

	Long communeId;

	Long villageId;

	Long categoryId;

	Source source;

	Severity severity;

	FollowUp status;

	@DateTimeFormat(pattern = "yyyy-MM-dd")
	LocalDate from;

	@DateTimeFormat(pattern = "yyyy-MM-dd")
	LocalDate to;

	/** Only items still new or being followed (other modules' lists; not bound from a query string). */
	boolean openOnly;

	/** A condition in SQL and the values of its named parameters. */
	record Condition(String sql, MapSqlParameterSource params) {
	}

	/**
	 * The condition for a reader: {@code scope} their scope, {@code communes} the commune filter with its
	 * predecessors (null for none), {@code readsRestricted} whether they read every restricted item, {@code me} their
	 * username (an author reads their own restricted items).
	 */
	Condition where(Scope scope, Scope communes, boolean readsRestricted, String me) {
		MapSqlParameterSource p = new MapSqlParameterSource();
		List<String> and = new ArrayList<>();
		if (!scope.all()) {
			and.add("s.commune_id = any(:scope)");
			p.addValue("scope", scope.idsForQuery());
		}
		if (communes != null) {
			and.add("s.commune_id = any(:communes)");
			p.addValue("communes", communes.idsForQuery());
		}
		if (categoryId != null) {
			and.add("s.category_id = :category");
			p.addValue("category", categoryId);
		}
		if (from != null) {
			and.add("s.occurred_on >= :from");
			p.addValue("from", from, Types.DATE);
		}
		if (to != null) {
			and.add("s.occurred_on <= :to");
			p.addValue("to", to, Types.DATE);
		}
		boolean content = false;
		if (villageId != null) {
			and.add("s.village_id = :village");
			p.addValue("village", villageId);
			content = true;
		}
		if (source != null) {
			and.add("s.source = :source");
			p.addValue("source", source.name());
			content = true;
		}
		if (severity != null) {
			and.add("s.severity = :severity");
			p.addValue("severity", severity.name());
			content = true;
		}
		if (status != null) {
			and.add("s.status = :status");
			p.addValue("status", status.name());
			content = true;
		}
		if (openOnly) {
			and.add("s.status in " + SituationFigures.OPEN);
			content = true;
		}
		if (q != null) {
			and.add(scope.all() ? "s.search_text like '%' || search_key(cast(:q as varchar)) || '%'"
					: "strpos(s.search_text, search_key(cast(:q as varchar))) > 0");
			p.addValue("q", q, Types.VARCHAR);
			content = true;
		}
		if (content && !readsRestricted) {
			and.add("(not s.restricted or s.recorded_by = :me)");
			p.addValue("me", me, Types.VARCHAR);
		}
		return new Condition(and.isEmpty() ? "true" : String.join(" and ", and), p);
	}

	/** The filter as a query string (no page), for the pager and the export link. */
	public String query() {
		List<String> parts = new ArrayList<>();
		add(parts, "q", q);
		add(parts, "communeId", communeId);
		add(parts, "villageId", villageId);
		add(parts, "categoryId", categoryId);
		add(parts, "source", source);
		add(parts, "severity", severity);
		add(parts, "status", status);
		add(parts, "from", from);
		add(parts, "to", to);
		return String.join("&", parts);
	}

	private static void add(List<String> parts, String name, Object value) {
		if (value != null) {
			parts.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
		}
	}

	/** Whether only the search field is used (the filters stay folded on a phone). */
	public boolean onlySearch() {
		return communeId == null && villageId == null && categoryId == null && source == null && severity == null
				&& status == null && from == null && to == null;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	// bean accessors for the binder and th:object

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = blankToNull(q);
	}

	public Long getCommuneId() {
		return communeId;
	}

	public void setCommuneId(Long communeId) {
		this.communeId = communeId;
	}

	public Long getVillageId() {
		return villageId;
	}

	public void setVillageId(Long villageId) {
		this.villageId = villageId;
	}

	public Long getCategoryId() {
		return categoryId;
	}

	public void setCategoryId(Long categoryId) {
		this.categoryId = categoryId;
	}

	public Source getSource() {
		return source;
	}

	public void setSource(Source source) {
		this.source = source;
	}

	public Severity getSeverity() {
		return severity;
	}

	public void setSeverity(Severity severity) {
		this.severity = severity;
	}

	public FollowUp getStatus() {
		return status;
	}

	public void setStatus(FollowUp status) {
		this.status = status;
	}

	public LocalDate getFrom() {
		return from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

}
