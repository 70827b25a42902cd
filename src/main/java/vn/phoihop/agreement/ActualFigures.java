package vn.phoihop.agreement;

import java.util.Map;

/**
 * The actual figures of an agreement so far, per content area, computed by the activity module (which depends on
 * this one, so it implements this port rather than being called directly).
 */
public interface ActualFigures {

	Map<ContentArea, ActivityCounts> byContentArea(Long agreementId);

}
