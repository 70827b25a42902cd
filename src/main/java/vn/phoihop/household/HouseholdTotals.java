package vn.phoihop.household;

/** Households and persons (nhân khẩu) for a filter, computed by the database. */
public record HouseholdTotals(long households, long persons) {

}
