@ApplicationModule(allowedDependencies = "lower")
package vn.phoihop.architecture.forbidden.higher;

import org.springframework.modulith.ApplicationModule;
