package vn.phoihop.border;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

	Markers(BorderMarkerRepository markers) {
		this.markers = markers;
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
