package vn.phoihop.review;

import java.time.LocalDate;
import java.util.Objects;

import org.springframework.web.util.UriComponentsBuilder;

import vn.phoihop.shared.db.SearchText;

/**
 * The task list's filter (the /tasks form): words of the task or of its result (accents and case ignored), a status
 * as users see it (overdue included), a cadre. A post has a few hundred tasks over the years: the list filters the
 * user's tasks in memory.
 */
public class TaskFilter {

	String q;

	TaskStatus status;

	Long cadreId;

	/** Whether the task is one the filter keeps, on the given day (overdue is a task still open after its date). */
	boolean keeps(Task t, LocalDate today) {
		if (status != null && t.statusOn(today) != status) {
			return false;
		}
		if (cadreId != null && !cadreId.equals(t.getCadreId())) {
			return false;
		}
		String words = blankQ();
		// "Kiểm tra" is found by "kiem tra", as the other lists' searches in the database
		return words == null || SearchText.key(t.getDescription() + " " + Objects.toString(t.getResultNote(), ""))
			.contains(SearchText.key(words));
	}

	String blankQ() {
		return q == null || q.isBlank() ? null : q.trim();
	}

	/** The list's address with this filter. */
	String query(String base) {
		UriComponentsBuilder b = UriComponentsBuilder.fromPath(base);
		if (blankQ() != null) {
			b.queryParam("q", blankQ());
		}
		if (status != null) {
			b.queryParam("status", status);
		}
		if (cadreId != null) {
			b.queryParam("cadreId", cadreId);
		}
		return b.encode().build().toUriString();
	}

	public String getQ() { return q; }
	public void setQ(String q) { this.q = q; }
	public TaskStatus getStatus() { return status; }
	public void setStatus(TaskStatus status) { this.status = status; }
	public Long getCadreId() { return cadreId; }
	public void setCadreId(Long cadreId) { this.cadreId = cadreId; }

}
