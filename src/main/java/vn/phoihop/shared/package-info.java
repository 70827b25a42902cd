/**
 * What every module uses: the base entity and the domain exceptions, web pieces (layout, errors, locale, paging,
 * forms), security (roles, the current user), the database (run mode, embedded PostgreSQL, SQL helpers), export
 * (CSV, spreadsheet cells, PDF) and the application's clock. Open: every module may use any of it; it uses none.
 */
@ApplicationModule(displayName = "Shared", type = ApplicationModule.Type.OPEN, allowedDependencies = {})
package vn.phoihop.shared;

import org.springframework.modulith.ApplicationModule;
