package vn.phoihop.household;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A member of a household (thành viên hộ, V090): personal data of the household's aggregate, read and changed with it
 * (its scope, its audit trail, its anonymisation). Its id is stable across edits of the household, so a programme can
 * name the person (a beneficiary).
 */
@Entity
@Table(name = "household_member")
public class HouseholdMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "household_id")
	private Household household;

	private int position;

	@Column(name = "full_name")
	private String fullName;

	@Column(name = "birth_year")
	private Integer birthYear;

	@Enumerated(EnumType.STRING)
	private Sex sex;

	@Enumerated(EnumType.STRING)
	private Relation relation;

	@Enumerated(EnumType.STRING)
	@Column(name = "school_level")
	private SchoolLevel schoolLevel;

	/** The name normalised for search (V090: computed and stored by PostgreSQL, never written here). */
	@Column(name = "name_key", insertable = false, updatable = false)
	private String nameKey;

	protected HouseholdMember() {
	}

	HouseholdMember(Household household) {
		this.household = household;
	}

	void update(int position, MemberValues v) {
		this.position = position;
		this.fullName = v.fullName();
		this.birthYear = v.birthYear();
		this.sex = v.sex();
		this.relation = v.relation();
		this.schoolLevel = v.schoolLevel();
	}

	/** The member's personal fields replaced: a placeholder name, nothing else kept but the relation. */
	void anonymise(String placeholder) {
		this.fullName = placeholder;
		this.birthYear = null;
		this.sex = null;
		this.schoolLevel = null;
	}

	public Long getId() {
		return id;
	}

	public Long getHouseholdId() {
		return household.getId();
	}

	public int getPosition() {
		return position;
	}

	public String getFullName() {
		return fullName;
	}

	public Integer getBirthYear() {
		return birthYear;
	}

	public Sex getSex() {
		return sex;
	}

	public Relation getRelation() {
		return relation;
	}

	public SchoolLevel getSchoolLevel() {
		return schoolLevel;
	}

	/** The member as one line of the household's audit snapshot. */
	String auditLine() {
		return fullName + " | " + (birthYear == null ? "" : birthYear) + " | " + (sex == null ? "" : sex.name())
				+ " | " + relation.name() + (schoolLevel == null ? "" : " | " + schoolLevel.name());
	}

}
