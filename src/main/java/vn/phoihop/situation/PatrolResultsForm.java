package vn.phoihop.situation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import vn.phoihop.border.MarkerCondition;

/**
 * What a patrol did along its route: the condition found at each marker inspected (a marker left blank was not
 * inspected), who inspected them, and its findings, each a new situation item (rows left blank: nothing to report).
 */
public class PatrolResultsForm {

	/** Rows of findings the form offers at a time. */
	static final int FINDINGS = 2;

	private Map<Long, MarkerCondition> conditions = new LinkedHashMap<>();

	@Size(max = 200)
	private String inspectedBy;

	@Valid
	private List<Finding> findings = new ArrayList<>();

	/** One finding: a new item of the register, found by the patrol. */
	public static class Finding {

		private Long categoryId;

		private Severity severity;

		@Size(max = 300)
		private String summary;

		@Size(max = 4000)
		private String whatHappened;

		private boolean restricted;

		boolean isBlank() {
			return categoryId == null && (summary == null || summary.isBlank())
					&& (whatHappened == null || whatHappened.isBlank());
		}

		public Long getCategoryId() {
			return categoryId;
		}

		public void setCategoryId(Long categoryId) {
			this.categoryId = categoryId;
		}

		public Severity getSeverity() {
			return severity;
		}

		public void setSeverity(Severity severity) {
			this.severity = severity;
		}

		public String getSummary() {
			return summary;
		}

		public void setSummary(String summary) {
			this.summary = summary == null || summary.isBlank() ? null : summary.strip();
		}

		public String getWhatHappened() {
			return whatHappened;
		}

		public void setWhatHappened(String whatHappened) {
			this.whatHappened = whatHappened == null || whatHappened.isBlank() ? null : whatHappened.strip();
		}

		public boolean isRestricted() {
			return restricted;
		}

		public void setRestricted(boolean restricted) {
			this.restricted = restricted;
		}

	}

	/** Fills the rows of findings up to {@link #FINDINGS}. */
	void padFindings() {
		while (findings.size() < FINDINGS) {
			Finding f = new Finding();
			f.setSeverity(Severity.ROUTINE);
			findings.add(f);
		}
	}

	/** The markers inspected: those with a condition. */
	Map<Long, MarkerCondition> inspected() {
		Map<Long, MarkerCondition> m = new LinkedHashMap<>();
		conditions.forEach((id, c) -> {
			if (id != null && c != null) {
				m.put(id, c);
			}
		});
		return m;
	}

	public Map<Long, MarkerCondition> getConditions() {
		return conditions;
	}

	public void setConditions(Map<Long, MarkerCondition> conditions) {
		this.conditions = conditions;
	}

	public String getInspectedBy() {
		return inspectedBy;
	}

	public void setInspectedBy(String inspectedBy) {
		this.inspectedBy = inspectedBy == null || inspectedBy.isBlank() ? null : inspectedBy.strip();
	}

	public List<Finding> getFindings() {
		return findings;
	}

	public void setFindings(List<Finding> findings) {
		this.findings = findings;
	}

}
