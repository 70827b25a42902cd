package vn.phoihop.shared.db;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * HQL functions of our own:
 * <ul>
 * <li>{@code search_key(text)}: the database function of V001 (NFC + unaccent + lower) with its string type, so
 * queries can compare the stored keys ({@code activity.search_text}, {@code household.head_key}) with a searched
 * text: {@code h.headKey like concat('%', search_key(:q), '%')};</li>
 * <li>{@code has_id(:ids, x)}: {@code x = any(:ids)} with {@code :ids} bound as one {@code bigint[]} (a
 * {@code Long[]}). A collection bound to {@code x in :ids} makes Hibernate translate the whole query again on every
 * execution (a query with a multi-valued parameter gets no cached plan: one HQL-to-SQL translation per request,
 * about a tenth of the CPU of a page at national scale, docs/performance.md); one array parameter keeps the query's
 * plan and its prepared statement the same whatever the number of ids. The array comes <em>first</em>: Hibernate
 * lets a parameter anywhere in a function's last argument take a list, and a query with such a parameter is not
 * cached either (for the same reason, compare with {@code lower(u.name) = :lower} and case the value in Java, not
 * with {@code lower(:name)}). {@code SqlStatementCountTest} fails a key page whose queries are translated again.</li>
 * </ul>
 */
public class HqlFunctions implements FunctionContributor {

	@Override
	public void contributeFunctions(FunctionContributions contributions) {
		var types = contributions.getTypeConfiguration().getBasicTypeRegistry();
		contributions.getFunctionRegistry().registerPattern("search_key", "search_key(?1)",
				types.resolve(StandardBasicTypes.STRING));
		contributions.getFunctionRegistry().registerPattern("has_id", "(?2 = any(?1))",
				types.resolve(StandardBasicTypes.BOOLEAN));
	}

}
