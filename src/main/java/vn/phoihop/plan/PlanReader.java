package vn.phoihop.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.agreement.Agreement;
import vn.phoihop.agreement.AgreementService;
import vn.phoihop.shared.db.Ids;
import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;
import vn.phoihop.shared.web.Paging;
import vn.phoihop.territory.Scope;

/** The plans' read side: the list, a plan with the items the reader sees, an item with its linked activities. */
@Service
@Transactional(readOnly = true)
class PlanReader {

	/** A line of the list: the items the reader sees of the plan, and how many are done. */
	record ListRow(Long id, int year, String agreement, Long postId, PlanStatus status, long items, long done) {
	}

	/**
	 * A plan as its page shows it: the items the reader sees by month (1–12), the activities linked to each, what the
	 * reader may do, and the completion of what they see per commune and content area.
	 */
	record PlanView(CoordinationPlan plan, Agreement agreement, Map<Integer, List<PlannedItem>> byMonth,
			Map<Long, Integer> linked, Set<Long> changeable, boolean mayApprove, boolean mayAddItems,
			PlanCompletion.Table completion) {
	}

	/** An item's page: its plan's agreement, the activities linked to it the reader may open, what they may do. */
	record ItemView(PlannedItem item, Agreement agreement, List<PlanActivities.Entry> activities, boolean mayChange) {
	}

	private final CoordinationPlanRepository plans;

	private final PlannedItemRepository items;

	private final PlanAccess access;

	private final AgreementService agreements;

	private final JdbcTemplate jdbc;

	private final ObjectProvider<PlanActivities> activities;

	private final PlanCompletion completion;

	PlanReader(CoordinationPlanRepository plans, PlannedItemRepository items, PlanAccess access,
			AgreementService agreements, JdbcTemplate jdbc, ObjectProvider<PlanActivities> activities,
			PlanCompletion completion) {
		this.completion = completion;
		this.plans = plans;
		this.items = items;
		this.access = access;
		this.agreements = agreements;
		this.jdbc = jdbc;
		this.activities = activities;
	}

	Page<ListRow> page(CurrentUser user, int year, int page) {
		PlanAccess.Readers r = access.readers(user);
		Page<Object[]> found = plans.readable(r.all(), r.postId(), r.ids(), year,
				PageRequest.of(Paging.index(page), Paging.SIZE));
		List<Long> ids = found.getContent().stream().map(row -> ((CoordinationPlan) row[0]).getId()).toList();
		Map<Long, long[]> counts = new HashMap<>();
		if (!ids.isEmpty()) {
			// the items the reader sees: all for the administrator and the plan's post, those of the scope otherwise
			jdbc.query("""
					select i.plan_id, count(*), count(*) filter (where i.status = 'DONE')
					from planned_item i join coordination_plan p on p.id = i.plan_id
					where i.plan_id = any(?) and (? or p.post_id = ? or i.commune_id = any(?))
					group by i.plan_id""", rs -> {
				counts.put(rs.getLong(1), new long[] { rs.getLong(2), rs.getLong(3) });
			}, Ids.of(ids), user.is(Role.ADMIN), r.postId(), r.ids());
		}
		List<ListRow> rows = new ArrayList<>();
		for (Object[] row : found.getContent()) {
			CoordinationPlan p = (CoordinationPlan) row[0];
			Agreement a = (Agreement) row[1];
			long[] c = counts.getOrDefault(p.getId(), new long[2]);
			rows.add(new ListRow(p.getId(), p.getYear(), a.getLabel(), p.getPostId(), p.getStatus(), c[0], c[1]));
		}
		return new PageImpl<>(rows, found.getPageable(), found.getTotalElements());
	}

	/** The plan when the user reads it; else 404. */
	CoordinationPlan plan(CurrentUser user, Long id) {
		PlanAccess.Readers r = access.readers(user);
		return plans.findReadable(id, r.all(), r.postId(), r.ids()).orElseThrow(NotFoundException::new);
	}

	/** The plan's agreement with its communes and content areas (the item form offers them). */
	Agreement agreement(CoordinationPlan plan) {
		return agreements.find(plan.getAgreementId()).orElseThrow(NotFoundException::new);
	}

	PlanView open(CurrentUser user, Long id) {
		CoordinationPlan plan = plan(user, id);
		Agreement agreement = agreement(plan);
		List<PlannedItem> seen = plan.getItems().stream().filter(i -> access.sees(user, i)).toList();
		Map<Integer, List<PlannedItem>> byMonth = new TreeMap<>();
		for (int m = 1; m <= 12; m++) {
			byMonth.put(m, new ArrayList<>());
		}
		for (PlannedItem i : seen) {
			byMonth.get(i.getMonth()).add(i);
		}
		PlanActivities port = activities.getIfAvailable();
		Map<Long, Integer> linked = port == null || seen.isEmpty() ? Map.of()
				: port.countsByItem(seen.stream().map(PlannedItem::getId).toList());
		Set<Long> changeable = seen.stream().filter(i -> access.mayChange(user, i)).map(PlannedItem::getId)
			.collect(Collectors.toSet());
		return new PlanView(plan, agreement, byMonth, linked, changeable, access.mayApprove(user, plan),
				access.mayAddItems(user, plan, agreement.getCommuneIds()), completion.of(seen));
	}

	ItemView item(CurrentUser user, Long planId, Long itemId) {
		PlannedItem item = seen(user, planId, itemId);
		Agreement agreement = agreements.findForLabel(item.getPlan().getAgreementId()).orElse(null);
		PlanActivities port = activities.getIfAvailable();
		List<PlanActivities.Entry> linked = List.of();
		if (port != null && !user.is(Role.VIEWER)) {
			// the provincial command never opens an activity record (docs/design.md §6)
			Scope scope = access.scope(user);
			linked = port.linkedTo(itemId, scope.all() ? null : scope.communeIds());
		}
		return new ItemView(item, agreement, linked, access.mayChange(user, item));
	}

	/** The item of the plan when the user sees it; else 404. */
	PlannedItem seen(CurrentUser user, Long planId, Long itemId) {
		plan(user, planId);
		PlannedItem item = items.findInPlan(itemId, planId).orElseThrow(NotFoundException::new);
		if (!access.sees(user, item)) {
			throw new NotFoundException();
		}
		return item;
	}

}
