package vn.phoihop.bench;

import org.hibernate.engine.spi.LoadQueryInfluencers;
import org.hibernate.query.spi.QueryOptions;
import org.hibernate.query.spi.QueryParameterBindings;
import org.hibernate.query.sqm.internal.DomainParameterXref;
import org.hibernate.query.sqm.sql.SqmTranslator;
import org.hibernate.query.sqm.sql.StandardSqmTranslatorFactory;
import org.hibernate.query.sqm.tree.select.SqmSelectStatement;
import org.hibernate.sql.ast.spi.SqlAstCreationContext;
import org.hibernate.sql.ast.tree.select.SelectStatement;

/**
 * Hibernate's translator of queries to SQL, counting the select translations the current thread asks for. A query
 * whose plan Hibernate caches is translated once for the life of the application; one that is not cached (a
 * collection bound to {@code x in :ids}, a Spring Data derived {@code ...In} or criteria query) is translated again
 * on every execution, which cost about a tenth of a page's CPU under load (docs/performance.md).
 * {@code SqlStatementCountTest} asserts the key pages translate nothing on a second request. Test code only: set as
 * {@code spring.jpa.properties.hibernate.query.sqm.translator} by {@code support.IntegrationTest}; production uses
 * Hibernate's own translator.
 */
public class TranslationCounter extends StandardSqmTranslatorFactory {

	private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

	public static void reset() {
		COUNT.get()[0] = 0;
	}

	/** Select translations on this thread since the last {@link #reset()}. */
	public static long current() {
		return COUNT.get()[0];
	}

	@Override
	public SqmTranslator<SelectStatement> createSelectTranslator(SqmSelectStatement<?> sqmSelectStatement,
			QueryOptions queryOptions, DomainParameterXref domainParameterXref, QueryParameterBindings domainParameterBindings,
			LoadQueryInfluencers loadQueryInfluencers, SqlAstCreationContext creationContext, boolean deduplicateSelectionItems) {
		COUNT.get()[0]++;
		return super.createSelectTranslator(sqmSelectStatement, queryOptions, domainParameterXref, domainParameterBindings,
				loadQueryInfluencers, creationContext, deduplicateSelectionItems);
	}

}
