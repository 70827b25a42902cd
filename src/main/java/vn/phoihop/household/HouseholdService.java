package vn.phoihop.household;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.audit.AuditService;
import vn.phoihop.shared.cache.KeptByChanges;
import vn.phoihop.shared.db.Ids;
import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.Paging;
import vn.phoihop.territory.Commune;
import vn.phoihop.territory.Scope;
import vn.phoihop.territory.ScopeService;
import vn.phoihop.territory.TerritoryService;
import vn.phoihop.territory.Village;

/**
 * The household module's API. Every read and write takes the current user; every query carries the scope
 * predicate; an id outside the scope is a 404; every change is audited in the same transaction.
 */
@Service
@Transactional
public class HouseholdService {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private final HouseholdRepository households;

	private final CadreRepository cadres;

	private final ScopeService scopes;

	private final TerritoryService territory;

	private final EthnicGroups ethnicGroups;

	private final AuditService audit;

	private final AssignmentRepository assignments;

	private final JdbcTemplate jdbc;

	private final List<MemberReferences> memberReferences;

	HouseholdService(HouseholdRepository households, CadreRepository cadres, ScopeService scopes,
			TerritoryService territory, EthnicGroups ethnicGroups, AuditService audit,
			AssignmentRepository assignments, JdbcTemplate jdbc, List<MemberReferences> memberReferences) {
		this.jdbc = jdbc;
		this.memberReferences = memberReferences;
		this.assignments = assignments;
		this.households = households;
		this.cadres = cadres;
		this.scopes = scopes;
		this.territory = territory;
		this.ethnicGroups = ethnicGroups;
		this.audit = audit;
	}

	static int currentYear() {
		return LocalDate.now(ZONE).getYear();
	}

	// ---- reads

	@Transactional(readOnly = true)
	public Page<Household> search(CurrentUser user, HouseholdFilter f, int page) {
		HouseholdAccess.requireRead(user);
		dropSensitiveFilter(user, f);
		Scope s = scopes.scopeOf(user);
		return households.search(s.all(), s.idsForQuery(), f.isArchived(), f.blankQ(), f.getCommuneId(),
				f.getVillageId(), f.getStatus(), f.blankEthnicity(), f.getCadreId(),
				PageRequest.of(Paging.index(page), Paging.SIZE, f.toSort()));
	}

	/** A page of the list with the filter's totals. */
	public record Listing(Page<Household> page, HouseholdTotals totals) {
	}

	/**
	 * A page of the list and the filter's totals. The totals are kept per scope and filter while the scope's count of
	 * changes (V049) has not moved: a search for a common name within a post counted and summed its 506 matches on
	 * every page, in a window over all of them ("Kept by changes", docs/performance.md). The page's rows are then a plain
	 * sorted, limited read.
	 */
	@Transactional(readOnly = true)
	public Listing list(CurrentUser user, HouseholdFilter f, int page) {
		return list(user, f, PageRequest.of(Paging.index(page), Paging.SIZE, f.toSort()));
	}

	/** The same for any rows of the filter (the printed list reads its first {@code ListPrint.LIMIT}). */
	@Transactional(readOnly = true)
	public Listing list(CurrentUser user, HouseholdFilter f, PageRequest pageable) {
		HouseholdAccess.requireRead(user);
		dropSensitiveFilter(user, f);
		Scope s = scopes.scopeOf(user);
		HouseholdTotals totals = totals(s, f);
		List<Household> rows = pageable.getOffset() >= totals.households() ? List.of()
				: households.slice(s.all(), s.idsForQuery(), f.isArchived(), f.blankQ(), f.getCommuneId(),
						f.getVillageId(), f.getStatus(), f.blankEthnicity(), f.getCadreId(), pageable).getContent();
		return new Listing(new PageImpl<>(rows, pageable, totals.households()),
				totals);
	}

	/** A filter by ethnicity would tell the ethnicity of the households it lists: for those who may see it only. */
	private static void dropSensitiveFilter(CurrentUser user, HouseholdFilter f) {
		if (!HouseholdAccess.canSeeSensitive(user)) {
			f.setEthnicity(null);
		}
	}

	/** Households and persons of the filter, by SQL aggregate (aggregates only: open to every role). */
	@Transactional(readOnly = true)
	public HouseholdTotals totals(CurrentUser user, HouseholdFilter f) {
		return totals(scopes.scopeOf(user), f);
	}

	private HouseholdTotals totals(Scope s, HouseholdFilter f) {
		TotalsKey key = new TotalsKey(s, f.isArchived(), f.blankQ(), f.getCommuneId(), f.getVillageId(), f.getStatus(),
				f.blankEthnicity(), f.getCadreId());
		return keptTotals.get(key, changes(s), () -> households.totals(s.all(), s.idsForQuery(), f.isArchived(),
				f.blankQ(), f.getCommuneId(), f.getVillageId(), f.getStatus(), f.blankEthnicity(), f.getCadreId()));
	}

	/** The filters of a total, and the scope it was computed in. */
	private record TotalsKey(Scope scope, boolean archived, String q, Long communeId, Long villageId,
			PovertyStatus status, String ethnicity, Long cadreId) {
	}

	/** The list's totals per scope and filter (a filter is a few hundred bytes). */
	private final KeptByChanges<TotalsKey, HouseholdTotals> keptTotals = new KeptByChanges<>(5_000);

	/**
	 * How many times the scope's households were created, changed or deleted: a count per commune kept by PostgreSQL
	 * (V049), summed. It only grows, so an unchanged sum means unchanged households.
	 */
	long changes(Scope scope) {
		return KeptByChanges.changes(jdbc, "household_commune_change", scope.all(), scope.idsForQuery());
	}

	@Transactional(readOnly = true)
	public Household get(CurrentUser user, Long id) {
		HouseholdAccess.requireRead(user);
		Scope s = scopes.scopeOf(user);
		Household h = households.findInScope(id, s.all(), s.idsForQuery()).orElseThrow(NotFoundException::new);
		h.getPovertyHistory(); // initialise within the transaction
		h.getMemberList().size();
		return h;
	}

	@Transactional(readOnly = true)
	public List<Household> inVillage(CurrentUser user, Long villageId) {
		HouseholdAccess.requireRead(user);
		Scope s = scopes.scopeOf(user);
		return households.findInVillage(villageId, s.all(), s.idsForQuery());
	}

	@Transactional(readOnly = true)
	public List<Household> byIds(CurrentUser user, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		HouseholdAccess.requireRead(user);
		Scope s = scopes.scopeOf(user);
		return households.findAllInScope(Ids.of(ids), s.all(), s.idsForQuery());
	}

	/** Villages the user may see or pick (those of the scope's communes, predecessors included). */
	@Transactional(readOnly = true)
	public List<Village> villages(CurrentUser user) {
		return territory.villagesIn(scopes.scopeOf(user));
	}

	@Transactional(readOnly = true)
	public Map<Long, Village> villageMap(CurrentUser user) {
		return villages(user).stream().collect(Collectors.toMap(Village::getId, Function.identity(), (a, b) -> a,
				LinkedHashMap::new));
	}

	@Transactional(readOnly = true)
	public List<Commune> communes(CurrentUser user) {
		return territory.communesIn(scopes.scopeOf(user));
	}

	@Transactional(readOnly = true)
	public Map<Long, String> communeNames(CurrentUser user) {
		return communes(user).stream().collect(Collectors.toMap(Commune::getId, Commune::getLabel, (a, b) -> a,
				LinkedHashMap::new));
	}

	/** Cadres of the posts covering the user's communes (for the "cadre in charge" select and filter). */
	@Transactional(readOnly = true)
	public List<Cadre> cadres(CurrentUser user) {
		Scope s = scopes.scopeOf(user);
		if (s.all()) {
			return cadres.findAllByOrderByNameAscIdAsc();
		}
		return cadres.findCoveringCommunes(s.idsForQuery());
	}

	@Transactional(readOnly = true)
	public Map<Long, Cadre> cadreMap(CurrentUser user) {
		return cadres(user).stream().collect(Collectors.toMap(Cadre::getId, Function.identity(), (a, b) -> a,
				LinkedHashMap::new));
	}

	// ---- writes

	public Household create(CurrentUser user, HouseholdForm form) {
		HouseholdAccess.requireManage(user);
		check(user, form);
		Household h = new Household(user.communeId());
		apply(h, form);
		households.save(h);
		audit.record(AuditService.CREATE, h, null);
		followCadre(h, null);
		return h;
	}

	public Household update(CurrentUser user, Long id, HouseholdForm form) {
		HouseholdAccess.requireManage(user);
		Household h = get(user, id);
		h.checkVersion(form.getVersion());
		check(user, form);
		Map<String, Object> before = h.auditSnapshot();
		Long previousCadre = h.getCadreId();
		apply(h, form);
		households.saveAndFlush(h);
		audit.record(AuditService.UPDATE, h, before);
		followCadre(h, previousCadre);
		return h;
	}

	public Household archive(CurrentUser user, Long id, Integer version) {
		HouseholdAccess.requireManage(user);
		Household h = get(user, id);
		h.checkVersion(version);
		if (h.isArchived()) {
			throw new BusinessRuleException(null, "household.archive.already");
		}
		Map<String, Object> before = h.auditSnapshot();
		h.archive();
		households.saveAndFlush(h);
		audit.record(AuditService.UPDATE, h, before);
		return h;
	}

	/** Records an export of household data (who, when, what). */
	public void recordExport(CurrentUser user, String what, Long householdId, long rows) {
		String summary = what + " (" + rows + ")";
		audit.record(AuditService.EXPORT, "Household", householdId,
				summary.length() > 300 ? summary.substring(0, 300) : summary, null, null, null);
	}

	/** A change of the cadre in charge ends the household's open assignment and opens one for the new cadre. */
	private void followCadre(Household h, Long previousCadre) {
		if (Objects.equals(previousCadre, h.getCadreId())) {
			return;
		}
		LocalDate today = LocalDate.now(ZONE);
		for (Assignment a : assignments.findByHouseholds(new Long[] { h.getId() })) {
			if (a.getValidTo() == null) {
				Map<String, Object> before = a.auditSnapshot();
				a.end(today);
				audit.record(AuditService.UPDATE, a, before);
			}
		}
		if (h.getCadreId() != null) {
			Assignment a = assignments.save(new Assignment(cadres.getReferenceById(h.getCadreId()), null, h.getId(), today, null));
			audit.record(AuditService.CREATE, a, null);
		}
	}

	private void check(CurrentUser user, HouseholdForm form) {
		Scope s = scopes.scopeOf(user);
		boolean villageOk = territory.village(form.getVillageId())
			.map(v -> s.includes(v.getCommune().getId()))
			.orElse(false);
		if (!villageOk) {
			throw new BusinessRuleException("villageId", "household.village.unknown");
		}
		if (!ethnicGroups.exists(form.getEthnicity())) {
			throw new BusinessRuleException("ethnicity", "household.ethnicity.unknown");
		}
		if (form.getCadreId() != null && cadres(user).stream().noneMatch(c -> c.getId().equals(form.getCadreId()))) {
			throw new BusinessRuleException("cadreId", "household.cadre.unknown");
		}
		if (form.getEscapedPovertyYear() != null && form.getEscapedPovertyYear() > currentYear()) {
			throw new BusinessRuleException("escapedPovertyYear", "household.escapedYear.future");
		}
		if (form.getLegalBasis() == LegalBasis.CONSENT && (form.getConsentDate() == null
				|| form.getConsentManner() == null || form.getConsentDate().isAfter(LocalDate.now(ZONE)))) {
			throw new BusinessRuleException("consentDate", "household.consentDate.required");
		}
		if (households.duplicateExists(form.getVillageId(), form.getHeadName().strip(), form.getId())) {
			throw new BusinessRuleException("headName", "household.duplicate");
		}
		List<MemberValues> listed = form.listedMembers();
		if (listed.size() > 50 || (listed.isEmpty() && form.getMembers() == null)) {
			throw new BusinessRuleException("members", listed.isEmpty() ? "NotNull" : "member.tooMany");
		}
		if (listed.stream().anyMatch(m -> m.fullName() == null || m.fullName().isBlank() || m.relation() == null)) {
			throw new BusinessRuleException("members", "member.incomplete");
		}
	}

	/**
	 * The form's values on the household; its members listed (a member another module names cannot be removed), the
	 * count following the list when one is given.
	 */
	private void apply(Household h, HouseholdForm f) {
		List<MemberValues> listed = f.listedMembers();
		List<Long> removed = h.membersRemovedBy(listed);
		if (!removed.isEmpty() && memberReferences.stream().anyMatch(r -> !r.referenced(removed).isEmpty())) {
			throw new BusinessRuleException("members", "member.referenced");
		}
		h.update(f.getVillageId(), f.getHeadName().strip(), listed.isEmpty() ? f.getMembers() : listed.size(),
				f.getEthnicity(), blank(f.getLocalGroup()), blank(f.getPhone()), f.getPovertyStatus(),
				f.getEscapedPovertyYear(), f.getCadreId(), blank(f.getNotes()), currentYear());
		h.listMembers(listed);
		h.basedOn(f.getLegalBasis(), f.getConsentDate(), f.getConsentManner());
	}

	static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
