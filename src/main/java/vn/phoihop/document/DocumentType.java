package vn.phoihop.document;

/**
 * The kinds of document the register numbers, each with the abbreviation of its number ("10-KL/ĐU": Hướng dẫn
 * 36-HD/VPTW's abbreviations of the type and of the issuing committee). Each kind has its own sequence per post and
 * year: the monthly conclusion, the agreement (CommitteeDocuments, from the agreement's page) and the summing-up
 * report of a period (from the report page).
 */
public enum DocumentType {

	KET_LUAN("KL"), QUY_CHE("QC"), BAO_CAO_SO_KET("BC");

	/** The issuing committee's abbreviation in a number: Đảng ủy (the post's Party committee). */
	static final String COMMITTEE = "ĐU";

	private final String abbreviation;

	DocumentType(String abbreviation) {
		this.abbreviation = abbreviation;
	}

	/** The number as printed: "10-KL/ĐU". */
	public String numberText(int number) {
		return number + "-" + abbreviation + "/" + COMMITTEE;
	}

	public String labelKey() {
		return "document.type." + name();
	}

}
