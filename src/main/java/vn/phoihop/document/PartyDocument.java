package vn.phoihop.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a Party document says, in the parts of Hướng dẫn 36-HD/VPTW, every text already in Vietnamese: the
 * superior committee and the issuing committee (each as the groups of words that must stay on one line, e.g. "ĐẢNG
 * ỦY" and "ĐỒN BIÊN PHÒNG RA MAI"), the number ("8-KL/ĐU"), place and date, the type ("KẾT LUẬN") and subject,
 * the signature, the recipients, and the body: the fragments {@code content} and {@code ending} of
 * {@code bodyTemplate}, rendered with {@code body}'s variables ({@code ending}, the body's last part, is kept on one
 * page with the signature block). {@code keepTogether} lists the names (units, communes) never broken across lines in the
 * body ({@link PartyText}).
 */
public record PartyDocument(List<String> superior, List<String> committee, String number, String place,
		LocalDate date, String type, String subject, Signature signature, List<String> recipients,
		String bodyTemplate, Map<String, Object> body, List<String> keepTogether) {

	public PartyDocument {
		superior = List.copyOf(superior);
		committee = List.copyOf(committee);
		recipients = List.copyOf(recipients);
		body = Map.copyOf(body);
		keepTogether = List.copyOf(keepTogether);
	}

	/** The day as written in the date line: two digits ("02"). */
	public String day() {
		return String.format("%02d", date.getDayOfMonth());
	}

	/** The month as written in the date line: a leading zero for January and February only ("01", "02", "9"). */
	public String month() {
		int m = date.getMonthValue();
		return m < 3 ? "0" + m : String.valueOf(m);
	}

	/** The year as written in the date line ("2026", never grouped as a number). */
	public String year() {
		return String.valueOf(date.getYear());
	}

	/**
	 * The signature block: "T/M ĐẢNG ỦY", the signer's function ("PHÓ BÍ THƯ"), and their full name (null when
	 * not known: the block then keeps the space for a name written by hand).
	 */
	public record Signature(String onBehalf, String function, String name) {
	}

}
