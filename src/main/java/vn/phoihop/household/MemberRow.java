package vn.phoihop.household;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * One member row of the household form (repeated rows, {@code memberRows[i].…}); a row left wholly blank is ignored,
 * so a phone's extra empty row saves nothing.
 */
public class MemberRow {

	private Long id;

	@Size(max = 120)
	private String fullName;

	@Min(1900)
	@Max(2100)
	private Integer birthYear;

	private Sex sex;

	private Relation relation;

	private SchoolLevel schoolLevel;

	static MemberRow from(HouseholdMember m) {
		MemberRow r = new MemberRow();
		r.id = m.getId();
		r.fullName = m.getFullName();
		r.birthYear = m.getBirthYear();
		r.sex = m.getSex();
		r.relation = m.getRelation();
		r.schoolLevel = m.getSchoolLevel();
		return r;
	}

	boolean isBlank() {
		return (fullName == null || fullName.isBlank()) && birthYear == null && sex == null && relation == null
				&& schoolLevel == null;
	}

	MemberValues values() {
		return new MemberValues(id, fullName == null ? null : fullName.strip(), birthYear, sex, relation, schoolLevel);
	}

	public Long getId() { return id; }
	public void setId(Long id) { this.id = id; }
	public String getFullName() { return fullName; }
	public void setFullName(String fullName) { this.fullName = fullName; }
	public Integer getBirthYear() { return birthYear; }
	public void setBirthYear(Integer birthYear) { this.birthYear = birthYear; }
	public Sex getSex() { return sex; }
	public void setSex(Sex sex) { this.sex = sex; }
	public Relation getRelation() { return relation; }
	public void setRelation(Relation relation) { this.relation = relation; }
	public SchoolLevel getSchoolLevel() { return schoolLevel; }
	public void setSchoolLevel(SchoolLevel schoolLevel) { this.schoolLevel = schoolLevel; }

}
