package vn.phoihop.review;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.audit.AuditService;
import vn.phoihop.household.Cadre;
import vn.phoihop.household.HouseholdService;
import vn.phoihop.review.ReviewForms.TaskDoneForm;
import vn.phoihop.review.ReviewForms.TaskForm;
import vn.phoihop.shared.db.FormTokens;
import vn.phoihop.shared.db.Ids;
import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;
import vn.phoihop.territory.BorderPost;
import vn.phoihop.territory.Scope;
import vn.phoihop.territory.TerritoryService;
import vn.phoihop.territory.Village;

/**
 * Tasks (docs/design.md §5): the commander assigns them to the post's cadres in a month's review; a cadre sees and
 * closes their own (the cadre rows linked to their account), the commander the post's.
 */
@Service
@Transactional
class ReviewTasks {

	private final TaskRepository tasks;

	private final ReviewDecisions decisions;

	private final ReviewAccess access;

	private final TerritoryService territory;

	private final HouseholdService households;

	private final AuditService audit;

	private final FormTokens tokens;

	ReviewTasks(TaskRepository tasks, ReviewDecisions decisions, ReviewAccess access, TerritoryService territory,
			HouseholdService households, AuditService audit, FormTokens tokens) {
		this.tokens = tokens;
		this.tasks = tasks;
		this.decisions = decisions;
		this.access = access;
		this.territory = territory;
		this.households = households;
		this.audit = audit;
	}

	Task add(CurrentUser user, String postCode, YearMonth month, TaskForm form) {
		MonthlyReview r = decisions.commanderReview(user, postCode, month);
		r.requireOpen();
		BorderPost post = territory.post(r.getPostId()).orElseThrow(NotFoundException::new);
		Cadre cadre = households.cadres(user).stream()
			.filter(c -> c.getId().equals(form.cadreId) && post.getId().equals(c.getPostId())).findFirst()
			.orElseThrow(() -> new BusinessRuleException("cadreId", "task.cadre.notOfPost"));
		if (form.villageId != null) {
			boolean inPost = territory.villagesIn(new Scope(false, access.withPredecessors(access.monthCommunes(post))))
				.stream().map(Village::getId).anyMatch(form.villageId::equals);
			if (!inPost) {
				throw new BusinessRuleException("villageId", "task.village.notOfPost");
			}
		}
		if (form.householdId != null && households.byIds(user, List.of(form.householdId)).isEmpty()) {
			throw new BusinessRuleException("householdId", "task.household.notFound");
		}
		Task t = tasks.saveAndFlush(new Task(r, cadre.getId(), cadre.getUserId(), form.villageId, form.householdId,
				form.dueDate, form.description));
		audit.record(AuditService.CREATE, t, null);
		return t;
	}

	/** COMMANDER: the post's tasks; POST_CADRE: the tasks of the cadre rows linked to the user. Others: 403. */
	@Transactional(readOnly = true)
	List<Task> of(CurrentUser user) {
		if (user.is(Role.COMMANDER)) {
			return tasks.findByPost(user.postId());
		}
		if (user.is(Role.POST_CADRE)) {
			List<Long> own = access.ownCadreIds(user);
			return own.isEmpty() ? List.of() : tasks.findByCadres(Ids.of(own));
		}
		throw new AccessDeniedException("tasks");
	}

	@Transactional(readOnly = true)
	Map<Long, String> cadreNames(CurrentUser user) {
		Map<Long, String> m = new LinkedHashMap<>();
		households.cadres(user).forEach(c -> m.put(c.getId(), c.getLabel()));
		return m;
	}

	/** The post's code per task (for links back to the month). */
	@Transactional(readOnly = true)
	Map<Long, String> postCodes(List<Task> list) {
		Map<Long, String> m = new LinkedHashMap<>();
		list.stream().map(t -> t.getReview().getPostId()).distinct()
			.forEach(id -> territory.post(id).ifPresent(p -> m.put(id, p.getCode())));
		return m;
	}

	Task complete(CurrentUser user, Long taskId, TaskDoneForm form) {
		Task t = tasks.findById(taskId).orElseThrow(NotFoundException::new);
		boolean commander = user.is(Role.COMMANDER) && t.getReview().getPostId().equals(user.postId());
		boolean assignee = user.is(Role.POST_CADRE) && access.ownCadreIds(user).contains(t.getCadreId());
		if (!commander && !assignee) {
			throw new NotFoundException();
		}
		// the same result sent again (its token used: a lost answer, the outbox): recorded once
		if (FormTokens.given(form.token) && !tokens.use(form.token, user.username(), taskId)) {
			throw new AlreadySent();
		}
		t.checkVersion(form.version);
		Map<String, Object> before = t.auditSnapshot();
		t.markDone(form.resultNote, user.username());
		t = tasks.saveAndFlush(t);
		audit.record(AuditService.UPDATE, t, before);
		return t;
	}

}
