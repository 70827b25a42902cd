package vn.phoihop.shared.db;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * HQL functions of our own:
 * <ul>
 * <li>{@code search_key(text)}: the database function of V001 (NFC + unaccent + lower) with its string type, so
 * queries can say {@code search_key(h.headName) like ...} and use the expression indexes;</li>
 * <li>{@code has_id(:ids, x)}: {@code x = any(:ids)} with {@code :ids} bound as one {@code bigint[]} (a
 * {@code Long[]}). A collection bound to {@code x in :ids} makes Hibernate translate the whole query again on every
 * execution (a multi-valued parameter is never cached: one SQM-to-SQL translation per request, about a tenth of the
 * CPU of a page at national scale, docs/performance.md); one array parameter keeps the query's translation and
 * its prepared statement the same whatever the number of ids.</li>
 * </ul>
 */
public class SearchFunctions implements FunctionContributor {

	@Override
	public void contributeFunctions(FunctionContributions contributions) {
		var types = contributions.getTypeConfiguration().getBasicTypeRegistry();
		contributions.getFunctionRegistry().registerPattern("search_key", "search_key(?1)",
				types.resolve(StandardBasicTypes.STRING));
		contributions.getFunctionRegistry().registerPattern("has_id", "(?2 = any(?1))",
				types.resolve(StandardBasicTypes.BOOLEAN));
	}

}
