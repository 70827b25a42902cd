package vn.phoihop.programme;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.phoihop.reference.ReferenceChanged;
import vn.phoihop.reference.ReferenceKind;
import vn.phoihop.shared.cache.ExpiringCache;
import vn.phoihop.territory.TerritoryService;

/**
 * The labels the programme pages show: kinds in the reader's language, a programme's unit by name. The kinds are kept
 * for {@link #KINDS_KEPT} (docs/architecture.md, "Caches"): they are reference data changed in {@code /admin/reference},
 * which tells this module ({@link #on}); read on every view, they were a twentieth of the provincial command's list.
 */
@Component
class ProgrammeChoices {

	private final ProgrammeKindRepository kinds;

	private final TerritoryService territory;

	ProgrammeChoices(ProgrammeKindRepository kinds, TerritoryService territory) {
		this.kinds = kinds;
		this.territory = territory;
	}

	static final Duration KINDS_KEPT = Duration.ofMinutes(10);

	private final ExpiringCache kept = new ExpiringCache(KINDS_KEPT, 1);

	/** Every kind in order, as last read (the pages only read them). */
	List<ProgrammeKind> kinds() {
		return kept.get("kinds", () -> List.copyOf(kinds.findAllByOrderBySortOrderAscIdAsc()));
	}

	/** A kind changed in /admin/reference: the kinds are read again (at once, and when the change commits). */
	@EventListener
	void on(ReferenceChanged changed) {
		if (changed.kind() == ReferenceKind.PROGRAMME_KIND) {
			kept.invalidate();
		}
	}

	/** Every kind's label by id, in order (retired kinds too: old programmes keep theirs). */
	Map<Long, String> kindLabels(Locale locale) {
		Map<Long, String> labels = new LinkedHashMap<>();
		kinds().forEach(k -> labels.put(k.getId(), k.label(locale)));
		return labels;
	}

	/** The kinds a new programme may take: the active ones, and the programme's own. */
	List<ProgrammeKind> choosable(Long current) {
		return kinds().stream().filter(k -> k.isActive() || k.getId().equals(current)).toList();
	}

	/** The programme's unit: its post's name, or its commune's label. */
	String owner(Long postId, Long communeId) {
		if (postId != null) {
			return territory.postNames().getOrDefault(postId, "");
		}
		return territory.communeLabels().getOrDefault(communeId, "");
	}

}
