package vn.phoihop.border;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;
import vn.phoihop.territory.BorderPost;
import vn.phoihop.territory.ScopeService;
import vn.phoihop.territory.TerritoryService;

/** The read side of the border: a post's segment with each marker's state, a marker with its inspections. */
@Service
@Transactional(readOnly = true)
class BorderSegment {

	/** The segment as a reader sees it: the post, its setting, the markers in order with their state. */
	public record Segment(BorderPost post, BorderSetting setting, List<MarkerState> markers) {

		public long overdue() {
			return markers.stream().filter(MarkerState::overdue).count();
		}

	}

	private final BorderMarkerRepository markers;

	private final MarkerInspectionRepository inspections;

	private final BorderSettingRepository settings;

	private final BorderAccess access;

	private final TerritoryService territory;

	private final ScopeService scopes;

	BorderSegment(BorderMarkerRepository markers, MarkerInspectionRepository inspections,
			BorderSettingRepository settings, BorderAccess access, TerritoryService territory, ScopeService scopes) {
		this.markers = markers;
		this.inspections = inspections;
		this.settings = settings;
		this.access = access;
		this.territory = territory;
		this.scopes = scopes;
	}

	/**
	 * The segment the user reads: their post's (a commander, a cadre); for an official, the markers of their commune
	 * with the period of the post that keeps them; the administrator chooses the post ({@code postCode}, else the
	 * first post). Null when there is no post to show.
	 */
	Segment segment(CurrentUser user, String postCode) {
		access.requireReader(user);
		BorderPost post;
		List<BorderMarker> list;
		if (user.role() == Role.COMMUNE_OFFICIAL) {
			list = markers.inCommunes(scopes.scopeOf(user).idsForQuery());
			post = list.isEmpty() ? null : territory.post(list.get(0).getPostId()).orElse(null);
		}
		else {
			post = user.role() == Role.ADMIN
					? (postCode == null ? territory.allPosts().stream().findFirst()
							: territory.postByCode(postCode)).orElseThrow(NotFoundException::new)
					: territory.post(user.postId()).orElseThrow(NotFoundException::new);
			list = markers.findByPostIdOrderByPositionAscIdAsc(post.getId());
		}
		BorderSetting setting = post == null ? new BorderSetting(null) : setting(post.getId());
		return new Segment(post, setting, states(list, setting.getInspectionDays()));
	}

	BorderSetting setting(Long postId) {
		return settings.findById(postId).orElseGet(() -> new BorderSetting(postId));
	}

	MarkerState state(BorderMarker marker) {
		return states(List.of(marker), setting(marker.getPostId()).getInspectionDays()).get(0);
	}

	List<MarkerInspection> inspections(Long markerId) {
		return inspections.findByMarkerIdOrderByInspectedOnDescIdDesc(markerId);
	}

	BorderMarker marker(CurrentUser user, Long id) {
		return access.readable(user, markers.findById(id).orElse(null));
	}

	private List<MarkerState> states(List<BorderMarker> list, int days) {
		Map<Long, MarkerInspection> latest = list.isEmpty() ? Map.of()
				: inspections.latestOf(list.stream().map(BorderMarker::getId).toArray(Long[]::new))
					.stream()
					.collect(Collectors.toMap(MarkerInspection::getMarkerId, Function.identity()));
		LocalDate today = LocalDate.now();
		return list.stream().map(m -> MarkerState.of(m, latest.get(m.getId()), today, days)).toList();
	}

}
