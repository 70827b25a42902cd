package vn.phoihop.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of issued documents (docs/documents.md, "The register"): the operations other modules call when they
 * issue a document. A number is {@linkplain #take taken} from the counter of the post, type and year (the counter's
 * row stays locked until the issuing transaction ends: numbers in order, never twice, given back if the transaction
 * fails); the document is then {@linkplain #issue recorded} with that number and the exact bytes printed with it.
 * Both run in the caller's transaction, so a document is issued with the decision that issues it or not at all.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class DocumentRegister {

	/** A number taken for a document not recorded yet. */
	public record Taken(long postId, DocumentType type, int year, int number) {

		public String text() {
			return type.numberText(number);
		}

	}

	/** What is printed on the document besides its number and bytes. */
	public record Issue(String source, LocalDate issuedOn, String subject, String signerName, String signerFunction,
			String issuedBy) {
	}

	private final JdbcTemplate jdbc;

	private final DocumentSigning signing;

	DocumentRegister(JdbcTemplate jdbc, DocumentSigning signing) {
		this.jdbc = jdbc;
		this.signing = signing;
	}

	/** The number the next document of the post, type and year would get (for a page that says so; not reserved). */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public String next(long postId, DocumentType type, int year) {
		Integer last = jdbc.query("select last_number from document_counter where post_id = ? and type = ? and year = ?",
				rs -> rs.next() ? rs.getInt(1) : 0, postId, type.name(), year);
		return type.numberText(last + 1);
	}

	/** Takes the next number of the post, type and year; the counter row stays locked until the transaction ends. */
	public Taken take(long postId, DocumentType type, int year) {
		Integer number = jdbc.queryForObject("""
				insert into document_counter (post_id, type, year, last_number) values (?, ?, ?, 1)
				on conflict (post_id, type, year) do update set last_number = document_counter.last_number + 1
				returning last_number""", Integer.class, postId, type.name(), year);
		return new Taken(postId, type, year, number);
	}

	/**
	 * Signs and records the document issued with a number taken in this transaction: the rendered bytes signed with
	 * the post's key ({@link DocumentSigning}: PAdES, a visible stamp), kept as they are served with their SHA-256.
	 * An earlier document of the same source still standing (not replaced) is marked replaced by this one.
	 */
	public long issue(Taken number, Issue issue, byte[] rendered) {
		if (issue.issuedOn().getYear() != number.year()) {
			throw new IllegalArgumentException("a number of " + number.year() + " for a document of " + issue.issuedOn());
		}
		byte[] pdf = signing.sign(number.postId(), number.text(), rendered);
		Long id = jdbc.queryForObject("""
				insert into issued_document (post_id, type, year, number, number_text, issued_on, subject, signer_name,
				  signer_function, source, pdf, sha256, issued_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, number.postId(),
				number.type().name(), number.year(), number.number(), number.text(), Date.valueOf(issue.issuedOn()),
				issue.subject(), issue.signerName(), issue.signerFunction(), issue.source(), pdf, sha256(pdf),
				issue.issuedBy());
		jdbc.update("""
				update issued_document set replaced_by_id = ?, version = version + 1
				where source = ? and id <> ? and replaced_by_id is null""", id, issue.source(), id);
		return id;
	}

	/** A source's current document as a page links to it: its number and year (the register's filter). */
	public record Current(long id, String number, int year, LocalDate issuedOn) {
	}

	/** The source's current document (the last issued for it, not replaced), if one was issued. */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Optional<Current> currentOf(String source) {
		return jdbc.query("""
				select id, number_text, year, issued_on from issued_document where source = ? and replaced_by_id is null
				order by id desc limit 1""", rs -> rs.next() ? Optional.of(new Current(rs.getLong(1), rs.getString(2),
				rs.getInt(3), rs.getObject(4, LocalDate.class))) : Optional.empty(), source);
	}

	/** The bytes of the source's current document (the last issued for it), if one was issued through the register. */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Optional<byte[]> current(String source) {
		return jdbc.query("select pdf from issued_document where source = ? and replaced_by_id is null order by id desc "
				+ "limit 1", rs -> rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty(), source);
	}

	/**
	 * Makes the post's counter of the type and year continue after a number given outside the register (numbers typed
	 * before it existed, the demo's months): the counter never goes back.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void continueAfter(long postId, DocumentType type, int year, int lastNumber) {
		jdbc.update("""
				insert into document_counter (post_id, type, year, last_number) values (?, ?, ?, ?)
				on conflict (post_id, type, year) do update
				set last_number = greatest(document_counter.last_number, excluded.last_number)""", postId, type.name(),
				year, lastNumber);
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
