@ApplicationModule(allowedDependencies = {})
package vn.phoihop.architecture.forbidden.lower;

import org.springframework.modulith.ApplicationModule;
