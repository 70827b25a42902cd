package vn.phoihop.situation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.territory.Scope;
import vn.phoihop.territory.ScopeService;

/**
 * Items of the register listed in other modules' pages (the monthly review, a commune's monthly report), read as the
 * register reads them: cut to the reader's scope, nothing for a reader of counts only (the provincial command), a
 * restricted item's content blanked for whoever may not read it, and no filter on what it hides (its status) finding
 * it ({@link SituationFilter}).
 */
@Service
@Transactional(readOnly = true)
public class SituationItems {

	/**
	 * An item as a line of a list; {@code hidden}: a restricted item whose content the reader does not see (its
	 * summary, severity and status are then null, its day, commune and category are shown).
	 */
	public record Item(long id, LocalDate occurredOn, long communeId, String category, Severity severity,
			FollowUp status, String summary, boolean restricted, boolean hidden) {
	}

	/** A list and how many items the filter found in all (the list may be cut). */
	public record Items(List<Item> items, long total) {
	}

	private final SituationList list;

	private final SituationAccess access;

	private final SituationChoices choices;

	private final ScopeService scopes;

	SituationItems(SituationList list, SituationAccess access, SituationChoices choices, ScopeService scopes) {
		this.list = list;
		this.access = access;
		this.choices = choices;
		this.scopes = scopes;
	}

	/** Whether the user reads items at all (the provincial command reads counts only). */
	public boolean readsItems(CurrentUser user) {
		return access.mayRead(user);
	}

	/** The items of the communes (with their predecessors, as the caller gives them) that happened in the month. */
	public Items ofMonth(CurrentUser user, Collection<Long> communeIds, YearMonth month, int limit, Locale locale) {
		SituationFilter f = new SituationFilter();
		f.setFrom(month.atDay(1));
		f.setTo(month.atEndOfMonth());
		return find(user, communeIds, f, limit, locale);
	}

	/**
	 * The items of the communes that happened by {@code until} and are still new or being followed, newest first (as
	 * in the register); a restricted item only for who reads its content (its status is content).
	 */
	public Items followed(CurrentUser user, Collection<Long> communeIds, LocalDate until, int limit, Locale locale) {
		SituationFilter f = new SituationFilter();
		f.setTo(until);
		f.openOnly = true;
		return find(user, communeIds, f, limit, locale);
	}

	private Items find(CurrentUser user, Collection<Long> communeIds, SituationFilter f, int limit, Locale locale) {
		if (!access.mayRead(user) || communeIds.isEmpty()) {
			return new Items(List.of(), 0);
		}
		SituationFilter.Condition where = f.where(scopes.scopeOf(user), new Scope(false, Set.copyOf(communeIds)),
				SituationAccess.readsRestricted(user), user.getUsername());
		Map<Long, String> categories = choices.categoryLabels(locale);
		SituationList.Some some = list.some(user, where, limit);
		return new Items(some.lines().stream()
			.map(l -> new Item(l.id(), l.occurredOn(), l.communeId(), categories.get(l.categoryId()), l.severity(),
					l.status(), l.summary(), l.restricted(), l.hidden()))
			.toList(), some.total());
	}

}
