package vn.phoihop.household;

/** A child's school level (cấp học); OUT_OF_SCHOOL: of school age and not at school. */
public enum SchoolLevel {

	PRESCHOOL, PRIMARY, LOWER_SECONDARY, UPPER_SECONDARY, VOCATIONAL, HIGHER, OUT_OF_SCHOOL;

	public String messageKey() {
		return "member.school." + name();
	}

}
