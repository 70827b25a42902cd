package vn.phoihop.review;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.border.MarkerCoverage;
import vn.phoihop.review.ReviewMonthPage.MonthView;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.situation.Severity;
import vn.phoihop.situation.SituationFigures;
import vn.phoihop.situation.SituationItems;
import vn.phoihop.territory.Commune;
import vn.phoihop.territory.TerritoryService;

/**
 * The month's security situation as the month page and the printed conclusion open with it (docs/design.md §5):
 * the register's items of the month per commune and category, by severity (a restricted item under "restricted",
 * neither its severity nor its follow-up counted), with those still being followed; the marker inspection coverage
 * of the post's markers per commune; the commander's conclusion on it. Live while the month is open, frozen with its
 * conclusion ({@link FrozenSituation}). The month page also lists the items still followed, for a reader of items
 * and as the register shows them to that reader ({@link SituationItems}); the printed conclusion never lists an
 * item: it reaches the provincial command, which reads counts only.
 */
@Service
@Transactional(readOnly = true)
class MonthSituation {

	/** The items still followed listed on the month page; the register has the rest. */
	static final int LISTED = 20;

	/** One commune and category: items of the month by severity (in {@link Severity}'s order), restricted, followed. */
	record Row(Long communeId, String commune, String category, List<Long> bySeverity, long restricted, long items,
			long followed) {
	}

	/** The coverage of one commune's markers (or the post's, {@code commune} null). */
	record Coverage(String commune, long markers, long inspected, long overdue) {

		/** Inspected over all, in whole per cent (null without markers). */
		public Long percent() {
			return markers == 0 ? null : Math.round(inspected * 100.0 / markers);
		}

	}

	/**
	 * What the page and the printed conclusion show: {@code frozen} whether the figures are those kept with the
	 * conclusion; {@code rows} and their {@code total}; the {@code coverage} per commune and its {@code coverageTotal};
	 * the items still followed ({@code null} when the page lists none); the commander's {@code conclusion}.
	 */
	record View(boolean frozen, List<Row> rows, Row total, List<Coverage> coverage, Coverage coverageTotal,
			SituationItems.Items followed, Map<Long, String> communeNames, String conclusion) {

		public List<Severity> severities() {
			return List.of(Severity.values());
		}

		public boolean noItems() {
			return total.items() == 0 && total.followed() == 0;
		}

	}

	/**
	 * A commune's items of the month, for its monthly report: listed for a reader of items (up to {@link #ITEMS}),
	 * else null; {@code count} all of them, restricted ones included.
	 */
	record CommuneMonth(SituationItems.Items items, long count, Map<Long, String> communeNames) {
	}

	/** The items of a commune's month listed in its report. */
	static final int ITEMS = 100;

	private final FrozenSituation frozen;

	private final SituationFigures situation;

	private final SituationItems items;

	private final ReviewAccess access;

	private final TerritoryService territory;

	MonthSituation(FrozenSituation frozen, SituationFigures situation, SituationItems items, ReviewAccess access,
			TerritoryService territory) {
		this.territory = territory;
		this.frozen = frozen;
		this.situation = situation;
		this.items = items;
		this.access = access;
	}

	/** The month's situation for the page, with the items still followed the user reads (none once concluded). */
	View page(CurrentUser user, MonthView view, Locale locale) {
		View v = figures(view, locale);
		if (v.frozen() || !items.readsItems(user)) {
			return v;
		}
		Set<Long> communes = access.withPredecessors(view.communes());
		LocalDate end = view.month().atEndOfMonth();
		LocalDate until = end.isAfter(LocalDate.now()) ? LocalDate.now() : end;
		// the items name the commune they were logged in: a predecessor's by its own name
		Map<Long, String> names = labels(communes);
		names.putAll(v.communeNames());
		return new View(false, v.rows(), v.total(), v.coverage(), v.coverageTotal(),
				items.followed(user, communes, until, LISTED, locale), names, v.conclusion());
	}

	/** The items of the commune (with its predecessors) that happened in the month. */
	CommuneMonth commune(CurrentUser user, Commune commune, YearMonth month, Locale locale) {
		Set<Long> communes = access.withPredecessors(List.of(commune));
		if (items.readsItems(user)) {
			SituationItems.Items list = items.ofMonth(user, communes, month, ITEMS, locale);
			return new CommuneMonth(list, list.total(), labels(communes));
		}
		return new CommuneMonth(null, situation.period(communes, month.atDay(1), month.atEndOfMonth()).stream()
			.mapToLong(SituationFigures.Count::items).sum(), Map.of());
	}

	/** The communes' labels, from the territory's kept labels (the month page has no statement to spare). */
	private Map<Long, String> labels(Set<Long> communes) {
		Map<Long, String> all = territory.communeLabels();
		Map<Long, String> labels = new LinkedHashMap<>();
		communes.forEach(id -> labels.put(id, all.get(id)));
		return labels;
	}

	/**
	 * The month's counts and coverage for the communes of the view (an official's own only): frozen with the last
	 * conclusion when the month is concluded and they were kept, else as they stand now.
	 */
	View figures(MonthView view, Locale locale) {
		List<Commune> communes = view.communes();
		Map<Long, Long> currentOf = access.currentOf(communes);
		YearMonth month = view.month();
		// frozen with the last conclusion (read with the editions); a month concluded before that: as it stands now
		FrozenSituation.Month m = view.frozen() ? view.lastEdition().situation() : null;
		boolean isFrozen = m != null;
		if (m == null) {
			m = frozen.live(view.post().getId(), currentOf.keySet(), currentOf, month);
		}
		Map<Long, String> names = new LinkedHashMap<>();
		communes.forEach(c -> names.put(c.getId(), c.getLabel()));
		Map<String, String> categories = situation.categoryLabels(locale);

		List<Row> rows = new ArrayList<>();
		for (Commune c : communes) {
			Map<String, long[]> byCategory = new LinkedHashMap<>();
			for (FrozenSituation.Figure f : m.figures()) {
				if (!c.getId().equals(f.communeId())) {
					continue;
				}
				long[] v = byCategory.computeIfAbsent(f.categoryCode(), k -> new long[Severity.values().length + 2]);
				v[f.severity() == null ? Severity.values().length : f.severity().ordinal()] += f.items();
				v[Severity.values().length + 1] += f.followed();
			}
			for (String code : categories.keySet()) {
				long[] v = byCategory.get(code);
				if (v != null) {
					rows.add(row(c.getId(), names.get(c.getId()), categories.get(code), v));
				}
			}
		}
		long[] sum = new long[Severity.values().length + 2];
		rows.forEach(r -> {
			for (int i = 0; i < r.bySeverity().size(); i++) {
				sum[i] += r.bySeverity().get(i);
			}
			sum[Severity.values().length] += r.restricted();
			sum[Severity.values().length + 1] += r.followed();
		});

		List<Coverage> coverage = new ArrayList<>();
		long[] all = new long[3];
		for (Commune c : communes) {
			m.coverage().stream().filter(x -> x.communeId() == c.getId()).findFirst().ifPresent(x -> {
				coverage.add(new Coverage(names.get(c.getId()), x.markers(), x.inspected(), x.overdue()));
				all[0] += x.markers();
				all[1] += x.inspected();
				all[2] += x.overdue();
			});
		}
		return new View(isFrozen, rows, row(null, null, null, sum), coverage,
				new Coverage(null, all[0], all[1], all[2]), null, names, view.review().getSituationConclusion());
	}

	private static Row row(Long communeId, String commune, String category, long[] v) {
		int n = Severity.values().length;
		List<Long> bySeverity = new ArrayList<>(n);
		long items = 0;
		for (int i = 0; i <= n; i++) {
			if (i < n) {
				bySeverity.add(v[i]);
			}
			items += v[i];
		}
		return new Row(communeId, commune, category, bySeverity, v[n], items, v[n + 1]);
	}

}
