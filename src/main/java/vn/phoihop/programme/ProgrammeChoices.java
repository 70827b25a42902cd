package vn.phoihop.programme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.phoihop.reference.ReferenceData;
import vn.phoihop.reference.ReferenceKind;
import vn.phoihop.reference.ReferenceValue;
import vn.phoihop.territory.TerritoryService;

/**
 * The labels the programme pages show: kinds in the reader's language, a programme's unit by name. The kinds are
 * the reference data's rows as {@link ReferenceData} keeps them (read again when {@code /admin/reference} changes
 * one): read from the table on every view, they were a twentieth of the provincial command's list.
 */
@Component
class ProgrammeChoices {

	private final ReferenceData reference;

	private final TerritoryService territory;

	ProgrammeChoices(ReferenceData reference, TerritoryService territory) {
		this.reference = reference;
		this.territory = territory;
	}

	/** Every kind's label by id, in order (retired kinds too: old programmes keep theirs). */
	Map<Long, String> kindLabels(Locale locale) {
		Map<Long, String> labels = new LinkedHashMap<>();
		reference.all(ReferenceKind.PROGRAMME_KIND).forEach(k -> labels.put(k.id(), k.label(locale)));
		return labels;
	}

	/** The kinds a new programme may take: the active ones, and the programme's own. */
	List<ReferenceValue> choosable(Long current) {
		return reference.all(ReferenceKind.PROGRAMME_KIND).stream()
			.filter(k -> k.active() || Long.valueOf(k.id()).equals(current))
			.toList();
	}

	/** The programme's unit: its post's name, or its commune's label. */
	String owner(Long postId, Long communeId) {
		if (postId != null) {
			return territory.postNames().getOrDefault(postId, "");
		}
		return territory.communeLabels().getOrDefault(communeId, "");
	}

}
