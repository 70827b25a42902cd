package vn.phoihop.border;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.security.CurrentUser;

/**
 * The border module's API for other modules: the markers standing in some communes (a situation item names the
 * marker where it happened; a patrol, the markers on its route). The caller has cut the communes to its reader's
 * scope.
 */
@Service
@Transactional(readOnly = true)
public class Markers {

	/** A marker as other modules name it. */
	public record MarkerRef(Long id, String number, MarkerKind kind, Long postId, Long communeId) {
	}

	private final BorderMarkerRepository markers;

	private final MarkerInspectionRepository inspections;

	private final BorderAccess access;

	private final BorderCommands commands;

	Markers(BorderMarkerRepository markers, MarkerInspectionRepository inspections, BorderAccess access,
			BorderCommands commands) {
		this.markers = markers;
		this.inspections = inspections;
		this.access = access;
		this.commands = commands;
	}

	/** The condition found at each marker a patrol (an activity's id) inspected. */
	public Map<Long, MarkerCondition> inspectedBy(Long activityId) {
		Map<Long, MarkerCondition> found = new LinkedHashMap<>();
		inspections.findByActivityIdOrderByIdAsc(activityId).forEach(i -> found.put(i.getMarkerId(), i.getCondition()));
		return found;
	}

	/**
	 * A patrol's inspections: the markers given with the condition found on its day, replacing what was recorded for
	 * it before (an edited patrol's route); each inspection is audited. Every marker must be one the user inspects.
	 */
	@Transactional
	public void recordPatrol(CurrentUser user, Long activityId, LocalDate day, String by,
			Map<Long, MarkerCondition> found) {
		Map<Long, MarkerCondition> before = inspectedBy(activityId);
		for (Map.Entry<Long, MarkerCondition> e : found.entrySet()) {
			BorderMarker m = markers.findById(e.getKey()).orElseThrow(NotFoundException::new);
			if (!access.mayInspect(user, m)) {
				throw new AccessDeniedException("inspection");
			}
		}
		if (before.equals(found)) {
			return;
		}
		inspections.deleteByActivityId(activityId);
		for (Map.Entry<Long, MarkerCondition> e : found.entrySet()) {
			commands.record(user, markers.getReferenceById(e.getKey()), day, e.getValue(), by, null, activityId);
		}
	}

	/** The markers standing in the communes, in their posts' order. */
	public List<MarkerRef> inCommunes(Collection<Long> communeIds) {
		if (communeIds.isEmpty()) {
			return List.of();
		}
		return markers.inCommunes(communeIds.toArray(Long[]::new)).stream().map(Markers::ref).toList();
	}

	public Optional<MarkerRef> find(Long id) {
		return id == null ? Optional.empty() : markers.findById(id).map(Markers::ref);
	}

	private static MarkerRef ref(BorderMarker m) {
		return new MarkerRef(m.getId(), m.getNumber(), m.getKind(), m.getPostId(), m.getCommuneId());
	}

}
