package vn.phoihop.programme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.phoihop.territory.TerritoryService;

/** The labels the programme pages show: kinds in the reader's language, a programme's unit by name. */
@Component
class ProgrammeChoices {

	private final ProgrammeKindRepository kinds;

	private final TerritoryService territory;

	ProgrammeChoices(ProgrammeKindRepository kinds, TerritoryService territory) {
		this.kinds = kinds;
		this.territory = territory;
	}

	List<ProgrammeKind> kinds() {
		return kinds.findAllByOrderBySortOrderAscIdAsc();
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
