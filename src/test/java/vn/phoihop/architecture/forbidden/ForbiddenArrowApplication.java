package vn.phoihop.architecture.forbidden;

import org.springframework.modulith.Modulithic;

/**
 * A tiny application of two modules for {@code ModulesTest}: {@code lower} uses {@code higher}, which its
 * package-info does not allow, as a later change that added a forbidden arrow would.
 */
@Modulithic
public class ForbiddenArrowApplication {

}
