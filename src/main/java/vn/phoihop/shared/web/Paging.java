package vn.phoihop.shared.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

/**
 * A pager with a bounded window of page links (never one link per page: see STYLE.md's performance traps).
 * Pages are numbered from 1 in URLs.
 */
public record Paging(int current, int totalPages, long totalElements, List<Integer> window) {

	public static final int SIZE = 25;

	private static final int WINDOW = 2;

	public static int index(int page) {
		return Math.max(0, page - 1);
	}

	/** One page (numbered from 1) of a list already in memory. */
	public static <T> Page<T> page(List<T> all, int page) {
		PageRequest request = PageRequest.of(index(page), SIZE);
		int from = (int) Math.min(request.getOffset(), all.size());
		return new PageImpl<>(all.subList(from, Math.min(all.size(), from + SIZE)), request, all.size());
	}

	public static Paging of(Page<?> page) {
		int current = page.getNumber() + 1;
		int total = Math.max(1, page.getTotalPages());
		List<Integer> window = new ArrayList<>();
		for (int p = Math.max(1, current - WINDOW); p <= Math.min(total, current + WINDOW); p++) {
			window.add(p);
		}
		return new Paging(current, total, page.getTotalElements(), window);
	}

	public boolean hasPrevious() {
		return current > 1;
	}

	public boolean hasNext() {
		return current < totalPages;
	}

	public boolean showFirst() {
		return !window.isEmpty() && window.get(0) > 1;
	}

	public boolean showLast() {
		return !window.isEmpty() && window.get(window.size() - 1) < totalPages;
	}

}
