package vn.phoihop.review;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.TreeMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.phoihop.account.PartyFunction;
import vn.phoihop.account.PartySigners.Signer;
import vn.phoihop.agreement.ContentArea;
import vn.phoihop.agreement.ContentAreaConverter;
import vn.phoihop.audit.AuditUnit;
import vn.phoihop.audit.Auditable;
import vn.phoihop.shared.domain.BaseEntity;
import vn.phoihop.shared.domain.BusinessRuleException;

/**
 * The monthly review (Kết luận hằng tháng) of one post and month. Guards its own transitions: edits only while
 * OPEN; {@link #conclude} from OPEN once the month is over, with a number, a date after the month, at least one
 * conclusion (on a content area or on the month's situation), and a reason when some communes have not sent their report; {@link #reopen} from CONCLUDED with a
 * reason. Each conclusion is an edition; its frozen figures are kept by {@link FrozenFigures}.
 */
@Entity
@Table(name = "monthly_review")
public class MonthlyReview extends BaseEntity implements Auditable {

	// dates in messages are dd/MM/yyyy and months MM/yyyy in both languages (docs/design.md §9)
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

	@Column(name = "post_id", nullable = false, updatable = false)
	private Long postId;

	@Column(nullable = false, updatable = false)
	private LocalDate month;

	@Enumerated(EnumType.STRING)
	private ReviewStatus status = ReviewStatus.OPEN;

	@Column(name = "conclusion_number")
	private String conclusionNumber;

	@Column(name = "concluded_on")
	private LocalDate concludedOn;

	@Column(name = "concluded_by")
	private String concludedBy;

	@Column(name = "reopen_reason")
	private String reopenReason;

	private int edition;

	/** The month's communes whose report was not in (none, a draft, or returned) when it was last concluded. */
	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "unreported_commune_ids", nullable = false)
	private Long[] unreportedCommuneIds = new Long[0];

	/** Why it was concluded without them (null when every report was in). */
	@Column(name = "unreported_reason")
	private String unreportedReason;

	/** Who signs the conclusion for the committee, as printed (V068): null when concluded before it was asked. */
	@Column(name = "signer_username")
	private String signerUsername;

	@Enumerated(EnumType.STRING)
	@Column(name = "signer_function")
	private PartyFunction signerFunction;

	@Column(name = "signer_name")
	private String signerName;

	/** The commander's conclusion on the month's security situation and border line (V075), or null. */
	@Column(name = "situation_conclusion")
	private String situationConclusion;

	@ElementCollection
	@CollectionTable(name = "review_conclusion", joinColumns = @JoinColumn(name = "review_id"))
	@Convert(converter = ContentAreaConverter.class, attributeName = "key")
	@MapKeyColumn(name = "content_area")
	@Column(name = "text")
	private Map<ContentArea, String> conclusions = new TreeMap<>();

	@ElementCollection
	@CollectionTable(name = "review_target", joinColumns = @JoinColumn(name = "review_id"))
	@OrderColumn(name = "position")
	private List<ReviewTarget> targets = new ArrayList<>();

	protected MonthlyReview() {
	}

	MonthlyReview(Long postId, YearMonth month) {
		this.postId = postId;
		this.month = month.atDay(1);
	}

	// ---- guarded transitions

	void requireOpen() {
		if (status != ReviewStatus.OPEN) {
			throw new BusinessRuleException(null, "review.concluded.readOnly");
		}
	}

	/** Replaces the conclusions per content area, the one on the month's situation kept. */
	boolean writeConclusions(Map<ContentArea, String> texts) {
		return writeConclusions(texts, situationConclusion);
	}

	/**
	 * Replaces the conclusions by the non-blank texts, stripped: one per content area and the one on the month's
	 * situation. Returns whether anything changed: the same texts sent again (a target or a task added from the same
	 * form) leave the review, its version and its audit alone.
	 */
	boolean writeConclusions(Map<ContentArea, String> texts, String situation) {
		requireOpen();
		Map<ContentArea, String> next = new TreeMap<>();
		texts.forEach((area, text) -> {
			if (area != null && text != null && !text.isBlank()) {
				next.put(area, text.strip());
			}
		});
		String nextSituation = situation == null || situation.isBlank() ? null : situation.strip();
		if (next.equals(conclusions) && Objects.equals(nextSituation, situationConclusion)) {
			return false;
		}
		conclusions.clear();
		conclusions.putAll(next);
		situationConclusion = nextSituation;
		return true;
	}

	void addTarget(ReviewTarget target) {
		requireOpen();
		targets.add(target);
	}

	void removeTarget(int index) {
		requireOpen();
		if (index < 0 || index >= targets.size()) {
			throw new BusinessRuleException(null, "review.target.missing");
		}
		targets.remove(index);
	}

	/** Whether the month is over on {@code today}: a month is concluded only after its last day. */
	boolean isOver(LocalDate today) {
		return today.isAfter(getYearMonth().atEndOfMonth());
	}

	/** The first day the month can be concluded (and the earliest date a conclusion may carry). */
	LocalDate concludableFrom() {
		return getYearMonth().plusMonths(1).atDay(1);
	}

	/**
	 * OPEN → CONCLUDED, on {@code today}: only once the month is over (a commune could still log and report the
	 * rest of it); needs a number ("12-KL/ĐU"), a date after the month and not after today, and at least one
	 * conclusion. When some of the month's communes have not sent their report ({@code unreported}, their ids) it
	 * needs a reason, kept with the conclusion. The signer (chosen among the post's users who sign, or null when
	 * the post has none) is kept as printed. Starts a new edition.
	 */
	void conclude(String number, LocalDate on, String by, LocalDate today, List<Long> unreported, String reason,
			Signer signer) {
		requireOpen();
		if (!isOver(today)) {
			throw new BusinessRuleException(null, "review.conclude.monthNotOver", MONTH.format(getYearMonth()),
					DAY.format(concludableFrom()));
		}
		if (number == null || number.isBlank()) {
			throw new BusinessRuleException("conclusionNumber", "review.number.required");
		}
		if (on == null) {
			throw new BusinessRuleException("concludedOn", "review.concludedOn.required");
		}
		if (on.isBefore(concludableFrom())) {
			throw new BusinessRuleException("concludedOn", "review.concludedOn.beforeMonthEnd",
					DAY.format(concludableFrom()));
		}
		if (on.isAfter(today)) {
			throw new BusinessRuleException("concludedOn", "review.concludedOn.future", DAY.format(today));
		}
		if (conclusions.isEmpty() && situationConclusion == null) {
			throw new BusinessRuleException(null, "review.conclusions.required");
		}
		boolean allIn = unreported == null || unreported.isEmpty();
		if (!allIn && (reason == null || reason.isBlank())) {
			throw new BusinessRuleException("reason", "review.conclude.reasonRequired");
		}
		this.conclusionNumber = number.strip();
		this.concludedOn = on;
		this.concludedBy = by;
		this.unreportedCommuneIds = allIn ? new Long[0] : unreported.stream().filter(Objects::nonNull).toArray(Long[]::new);
		this.unreportedReason = allIn ? null : reason.strip();
		this.signerUsername = signer == null ? null : signer.username();
		this.signerFunction = signer == null ? null : signer.function();
		this.signerName = signer == null ? null : signer.fullName();
		this.status = ReviewStatus.CONCLUDED;
		this.edition++;
	}

	/** CONCLUDED → OPEN, with a reason (the earlier edition and its figures stay in the history). */
	void reopen(String reason) {
		if (status != ReviewStatus.CONCLUDED) {
			throw new BusinessRuleException(null, "review.reopen.notConcluded");
		}
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("reason", "review.reopen.reasonRequired");
		}
		this.reopenReason = reason.strip();
		this.status = ReviewStatus.OPEN;
	}

	public boolean isConcluded() {
		return status == ReviewStatus.CONCLUDED;
	}

	public boolean isOpen() {
		return status == ReviewStatus.OPEN;
	}

	public Long getPostId() { return postId; }
	public YearMonth getYearMonth() { return YearMonth.from(month); }
	public LocalDate getMonth() { return month; }
	public ReviewStatus getStatus() { return status; }
	public String getConclusionNumber() { return conclusionNumber; }
	public LocalDate getConcludedOn() { return concludedOn; }
	public String getConcludedBy() { return concludedBy; }
	public String getReopenReason() { return reopenReason; }
	public int getEdition() { return edition; }
	public List<Long> getUnreportedCommuneIds() { return List.of(unreportedCommuneIds); }
	public String getUnreportedReason() { return unreportedReason; }
	public String getSignerUsername() { return signerUsername; }
	public PartyFunction getSignerFunction() { return signerFunction; }
	public String getSignerName() { return signerName; }
	public Map<ContentArea, String> getConclusions() { return conclusions; }
	public String getSituationConclusion() { return situationConclusion; }
	public List<ReviewTarget> getTargets() { return targets; }

	@Override
	public String auditType() {
		return "MonthlyReview";
	}

	@Override
	public AuditUnit auditUnit() {
		return AuditUnit.post(postId);
	}

	@Override
	public Map<String, Object> auditSnapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("postId", postId);
		m.put("month", getYearMonth().toString());
		m.put("status", status.name());
		m.put("conclusionNumber", conclusionNumber);
		m.put("concludedOn", concludedOn == null ? null : concludedOn.toString());
		m.put("edition", edition);
		m.put("reopenReason", reopenReason);
		m.put("unreportedCommuneIds", Arrays.asList(unreportedCommuneIds));
		m.put("unreportedReason", unreportedReason);
		m.put("signer", signerUsername);
		Map<String, Object> c = new LinkedHashMap<>();
		conclusions.forEach((k, v) -> c.put(k.name(), v));
		m.put("conclusions", c);
		m.put("situationConclusion", situationConclusion);
		m.put("targets", targets.stream().map(ReviewTarget::toString).toList());
		return m;
	}

	@Override
	public String toString() {
		return "#" + postId + " " + getYearMonth();
	}

}
