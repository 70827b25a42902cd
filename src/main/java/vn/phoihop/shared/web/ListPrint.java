package vn.phoihop.shared.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * A list printed as a clean list (issue 21 §10): the list's own URL with {@code print=1} reads every row of the current
 * filter up to {@link #LIMIT} instead of a page of {@link Paging#SIZE}, and the page shows a heading that names the
 * list, describes the filter and counts the rows, without the filter form, the buttons and the pager; the layout then
 * loads {@code /js/print.js}, which opens the browser's print dialog, and app.css's {@code @media print} rules leave
 * out the menu and every control. docs/architecture.md ("Printing a list") says how a list adopts it.
 */
public final class ListPrint {

	/** At most this many rows are printed; the heading says when the filter has more. */
	public static final int LIMIT = 1_000;

	private ListPrint() {
	}

	/** The rows a list reads: a page of {@link Paging#SIZE}, or the first {@link #LIMIT} rows when printed. */
	public static PageRequest rows(boolean print, int page, Sort sort) {
		return print ? PageRequest.of(0, LIMIT, sort) : PageRequest.of(Paging.index(page), Paging.SIZE, sort);
	}

	/** The address of the printed list: the list's own address (with its filter) and {@code print=1}. */
	public static String link(String listUrl) {
		return listUrl + (listUrl.contains("?") ? "&" : "?") + "print=1";
	}

	/** One criterion of the filter as the heading writes it: its label (a message key) and its value as shown. */
	public record Criterion(String labelKey, String value) {
	}

	/**
	 * The printed list's heading: its title (a message key), the filter's criteria (none: every row of the user's
	 * scope), how many rows the filter has, how many are printed, and the list's own address (the "back" link).
	 */
	public record Heading(String titleKey, List<Criterion> criteria, long total, int printed, String listUrl) {

		/** The filter has more rows than are printed. */
		public boolean isCut() {
			return total > printed;
		}

		public int limit() {
			return LIMIT;
		}

	}

	/** Collects the criteria in use, in the order of the filter form; a blank value is not a criterion. */
	public static final class Criteria {

		private final List<Criterion> list = new ArrayList<>();

		public Criteria add(String labelKey, Object value) {
			if (value != null && !value.toString().isBlank()) {
				list.add(new Criterion(labelKey, value.toString()));
			}
			return this;
		}

		public Heading heading(String titleKey, long total, int printed, String listUrl) {
			return new Heading(titleKey, List.copyOf(list), total, printed, listUrl);
		}

	}

}
