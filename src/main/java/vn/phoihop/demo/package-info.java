/**
 * The demo data set (the article's figures), loaded on an empty database in evaluation mode only. It may read any
 * module's API; nothing depends on it.
 */
@ApplicationModule(displayName = "Demo data",
		allowedDependencies = { "shared", "territory", "account", "household", "agreement", "review",
			"document" })
package vn.phoihop.demo;

import org.springframework.modulith.ApplicationModule;
