package vn.phoihop.activity;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.shared.security.CurrentUser;

/**
 * A patrol as the modules that record what it did read it (named interface {@code patrol}): the situation register
 * records the markers inspected on its route and its findings against its id. The activity module knows nothing of
 * them, so the arrow points one way (situation → activity).
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("patrol")
public class Patrols {

	/** A patrol: its commune, day, title, kind; {@code mayRecord}: the reader may record its route and findings. */
	public record PatrolRef(Long id, Long communeId, LocalDate date, String title, PatrolKind kind,
			boolean mayRecord) {
	}

	private final ActivityLog log;

	private final ActivityAccess access;

	Patrols(ActivityLog log, ActivityAccess access) {
		this.log = log;
		this.access = access;
	}

	/** The patrol with this id, if the user reads it (empty for another type; 404 outside the user's scope). */
	public Optional<PatrolRef> readable(CurrentUser user, Long id) {
		access.requireReader(user);
		Activity a = log.get(user, id);
		if (a.getType() != ActivityType.PATROL) {
			return Optional.empty();
		}
		return Optional.of(new PatrolRef(a.getId(), a.getCommuneId(), a.getActivityDate(), a.getTitle(),
				a.getPatrolKind(), access.mayLogIn(user, a.getCommuneId())));
	}

}
