package vn.phoihop.shared.db;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * Makes the database function {@code search_key(text)} (V001: NFC + unaccent + lower) known to HQL with its string
 * type, so queries can say {@code search_key(h.headName) like ...} and use the expression indexes.
 */
public class SearchFunctions implements FunctionContributor {

	@Override
	public void contributeFunctions(FunctionContributions contributions) {
		var string = contributions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.STRING);
		contributions.getFunctionRegistry().registerPattern("search_key", "search_key(?1)", string);
	}

}
