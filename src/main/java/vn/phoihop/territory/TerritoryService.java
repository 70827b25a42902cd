package vn.phoihop.territory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.audit.AuditService;
import vn.phoihop.shared.db.Ids;
import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.web.Paging;
import vn.phoihop.territory.TerritoryForms.CommuneForm;
import vn.phoihop.territory.TerritoryForms.CoverageForm;
import vn.phoihop.territory.TerritoryForms.MergeForm;
import vn.phoihop.territory.TerritoryForms.PostForm;
import vn.phoihop.territory.TerritoryForms.ProvinceForm;
import vn.phoihop.territory.TerritoryForms.VillageForm;

/** The territory module's API: reference data reads for every module, and the administrator's edits. */
@Service
@Transactional
public class TerritoryService {

	private final ProvinceRepository provinces;

	private final CommuneRepository communes;

	private final VillageRepository villages;

	private final BorderPostRepository posts;

	private final CommuneMergeRepository merges;

	private final AuditService audit;

	private final TerritoryCache cache;

	TerritoryService(ProvinceRepository provinces, CommuneRepository communes, VillageRepository villages,
			BorderPostRepository posts, CommuneMergeRepository merges, AuditService audit, TerritoryCache cache) {
		this.provinces = provinces;
		this.communes = communes;
		this.villages = villages;
		this.posts = posts;
		this.merges = merges;
		this.audit = audit;
		this.cache = cache;
	}

	// ---- reads for every module

	@Transactional(readOnly = true)
	public List<Province> provinces() {
		return provinces.findAllByOrderByNameAsc();
	}

	/** The ids of a province's communes (one narrow query; the province report needs no entities). */
	@Transactional(readOnly = true)
	public List<Long> communeIdsInProvince(Long provinceId) {
		return communes.idsInProvince(provinceId);
	}

	@Transactional(readOnly = true)
	public List<Commune> allCommunes() {
		return communes.findAllForLists();
	}

	/**
	 * Communes within a scope, for select boxes and filters; from the {@link TerritoryCache} (no transaction when it
	 * is there), so the list is shared and unmodifiable.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Commune> communesIn(Scope scope) {
		// in SQL, not in Java: at national scale "all communes" is 1,500 rows on every page
		return cache.get(List.of("communes", scope), () -> List.copyOf(
				scope.all() ? communes.findAllForLists() : communes.findForLists(scope.idsForQuery())));
	}

	/** Communes a user may log new records for: those in scope that have not been merged away. */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Commune> currentCommunesIn(Scope scope) {
		return communesIn(scope).stream().filter(c -> !c.isMerged()).toList();
	}

	/** Villages within a scope with their commune; cached like {@link #communesIn(Scope)}. */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Village> villagesIn(Scope scope) {
		return cache.get(List.of("villages", scope), () -> List.copyOf(
				scope.all() ? villages.findAllWithCommune() : villages.findByCommuneIds(scope.idsForQuery())));
	}

	@Transactional(readOnly = true)
	public Optional<Commune> commune(Long id) {
		return id == null ? Optional.empty() : communes.findById(id);
	}

	@Transactional(readOnly = true)
	public Optional<Village> village(Long id) {
		return id == null ? Optional.empty() : villages.findById(id);
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<Province> province(Long id) {
		return id == null ? Optional.empty() : cache.get(List.of("province", id), () -> provinces.findById(id));
	}

	/** A post by id; cached like {@link #communesIn(Scope)} (every commander's page names the post). */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<BorderPost> post(Long id) {
		return id == null ? Optional.empty() : cache.get(List.of("post", id), () -> posts.findById(id));
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<BorderPost> postByCode(String code) {
		return code == null ? Optional.empty()
				: cache.get(List.of("postByCode", code.toUpperCase(Locale.ROOT)),
						() -> posts.findByCodeIgnoreCase(code));
	}

	@Transactional(readOnly = true)
	public Optional<Commune> communeByCode(String code) {
		return communes.findByCodeIgnoreCase(code);
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<Province> provinceByCode(String code) {
		return code == null ? Optional.empty()
				: cache.get(List.of("provinceByCode", code.toUpperCase(Locale.ROOT)),
						() -> provinces.findByCodeIgnoreCase(code));
	}

	/**
	 * Every commune's label ({@link Commune#getLabel()}) by id, in one statement of three columns: the pages that
	 * only name communes (agreements, reports, the activity CSV) loaded all communes as entities with their
	 * province, 1,500 of them at national scale on every request (docs/performance.md).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Map<Long, String> communeLabels() {
		return cache.get("communeLabels", () -> Map.copyOf(labels(communes.findAllLabels())));
	}

	/** The labels of these communes only (a report names its unit's communes, not the country's 1,500). */
	@Transactional(readOnly = true)
	public Map<Long, String> communeLabels(Collection<Long> ids) {
		return labels(communes.findLabels(ids.toArray(Long[]::new)));
	}

	private static Map<Long, String> labels(List<Object[]> rows) {
		Map<Long, String> labels = new HashMap<>();
		for (Object[] row : rows) {
			labels.put((Long) row[0], row[2] == null ? (String) row[1] : row[1] + " (" + row[2] + ")");
		}
		return labels;
	}

	/** Every post's name by id, in one statement of two columns (see {@link #communeLabels()}). */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Map<Long, String> postNames() {
		return cache.get("postNames", () -> {
			Map<Long, String> names = new HashMap<>();
			for (Object[] row : posts.findAllNames()) {
				names.put((Long) row[0], (String) row[1]);
			}
			return Map.copyOf(names);
		});
	}

	@Transactional(readOnly = true)
	public List<BorderPost> allPosts() {
		return posts.findAllForLists();
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<BorderPost> postsInProvince(Long provinceId) {
		return cache.get(List.of("postsInProvince", provinceId), () -> List.copyOf(posts.findByProvince(provinceId)));
	}

	/** How many current communes each post covers on a day, in one statement. */
	@Transactional(readOnly = true)
	public Map<Long, Long> currentCommuneCounts(Collection<Long> postIds, LocalDate day) {
		Map<Long, Long> counts = new HashMap<>();
		if (!postIds.isEmpty()) {
			posts.currentCommuneCounts(Ids.of(postIds), day).forEach(r -> counts.put((Long) r[0], (Long) r[1]));
		}
		return counts;
	}

	/** The posts that cover or have covered a commune, in one statement. */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<BorderPost> postsCovering(Long communeId) {
		return communeId == null ? List.of()
				: cache.get(List.of("postsCovering", communeId), () -> List.copyOf(posts.findCovering(communeId)));
	}

	/** A post's coverage with each commune; cached like {@link #communesIn(Scope)}. */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<PostCoverage> coverage(Long postId) {
		return cache.get(List.of("coverage", postId), () -> List.copyOf(posts.coverage(postId)));
	}

	@Transactional(readOnly = true)
	public List<Commune> predecessors(Long communeId) {
		return communes.findByMergedIntoIdOrderByName(communeId);
	}

	// ---- admin lists

	@Transactional(readOnly = true)
	public Page<Commune> searchCommunes(String q, Long provinceId, int page) {
		return communes.search(q, provinceId,
				PageRequest.of(Paging.index(page), Paging.SIZE, Sort.by("province.name", "name", "id")));
	}

	@Transactional(readOnly = true)
	public Page<Village> searchVillages(String q, Long communeId, int page) {
		return villages.search(q, communeId,
				PageRequest.of(Paging.index(page), Paging.SIZE, Sort.by("commune.name", "name", "id")));
	}

	@Transactional(readOnly = true)
	public List<CommuneMerge> merges() {
		return merges.findAllForList();
	}

	// ---- admin edits: each validated, audited, and refused when the version is stale

	public Province saveProvince(ProvinceForm form) {
		cache.invalidate();
		provinces.findByCodeIgnoreCase(form.code)
			.filter(other -> !other.getId().equals(form.id))
			.ifPresent(other -> {
				throw new BusinessRuleException("code", "territory.code.taken");
			});
		if (form.id == null) {
			Province p = provinces.save(new Province(form.code, form.name));
			audit.record(AuditService.CREATE, p, null);
			return p;
		}
		Province p = provinces.findById(form.id).orElseThrow(NotFoundException::new);
		p.checkVersion(form.version);
		Map<String, Object> before = p.auditSnapshot();
		p.update(form.code, form.name);
		audit.record(AuditService.UPDATE, p, before);
		return p;
	}

	public Commune saveCommune(CommuneForm form) {
		cache.invalidate();
		communes.findByCodeIgnoreCase(form.code)
			.filter(other -> !other.getId().equals(form.id))
			.ifPresent(other -> {
				throw new BusinessRuleException("code", "territory.code.taken");
			});
		Province province = provinces.findById(form.provinceId)
			.orElseThrow(() -> new BusinessRuleException("provinceId", "territory.province.unknown"));
		if (form.id == null) {
			Commune c = communes.save(new Commune(form.code, form.name, province, form.formerDistrict));
			audit.record(AuditService.CREATE, c, null);
			return c;
		}
		Commune c = communes.findById(form.id).orElseThrow(NotFoundException::new);
		c.checkVersion(form.version);
		Map<String, Object> before = c.auditSnapshot();
		c.update(form.code, form.name, province, form.formerDistrict);
		audit.record(AuditService.UPDATE, c, before);
		return c;
	}

	public Village saveVillage(VillageForm form) {
		cache.invalidate();
		Commune commune = communes.findById(form.communeId)
			.orElseThrow(() -> new BusinessRuleException("communeId", "territory.commune.unknown"));
		boolean taken = form.id == null ? villages.existsByCommuneIdAndNameIgnoreCase(form.communeId, form.name)
				: villages.existsByCommuneIdAndNameIgnoreCaseAndIdNot(form.communeId, form.name, form.id);
		if (taken) {
			throw new BusinessRuleException("name", "territory.village.taken");
		}
		if (form.id == null) {
			Village v = villages.save(new Village(commune, form.name));
			audit.record(AuditService.CREATE, v, null);
			return v;
		}
		Village v = villages.findById(form.id).orElseThrow(NotFoundException::new);
		v.checkVersion(form.version);
		Map<String, Object> before = v.auditSnapshot();
		v.update(commune, form.name);
		audit.record(AuditService.UPDATE, v, before);
		return v;
	}

	public BorderPost savePost(PostForm form) {
		cache.invalidate();
		posts.findByCodeIgnoreCase(form.code)
			.filter(other -> !other.getId().equals(form.id))
			.ifPresent(other -> {
				throw new BusinessRuleException("code", "territory.code.taken");
			});
		Province province = provinces.findById(form.provinceId)
			.orElseThrow(() -> new BusinessRuleException("provinceId", "territory.province.unknown"));
		if (form.id == null) {
			BorderPost p = posts.save(new BorderPost(form.code, form.name, form.provincialCommand, province));
			audit.record(AuditService.CREATE, p, null);
			return p;
		}
		BorderPost p = posts.findById(form.id).orElseThrow(NotFoundException::new);
		p.checkVersion(form.version);
		Map<String, Object> before = p.auditSnapshot();
		p.update(form.code, form.name, form.provincialCommand, province);
		audit.record(AuditService.UPDATE, p, before);
		return p;
	}

	public BorderPost addCoverage(Long postId, CoverageForm form) {
		cache.invalidate();
		BorderPost p = posts.findById(postId).orElseThrow(NotFoundException::new);
		Commune commune = communes.findById(form.communeId)
			.orElseThrow(() -> new BusinessRuleException("communeId", "territory.commune.unknown"));
		if (form.validTo != null && form.validTo.isBefore(form.validFrom)) {
			throw new BusinessRuleException("validTo", "validation.dateRange");
		}
		Map<String, Object> before = p.auditSnapshot();
		p.cover(commune, form.validFrom, form.validTo);
		audit.record(AuditService.UPDATE, p, before);
		return p;
	}

	public void removeCoverage(Long postId, Long coverageId) {
		cache.invalidate();
		BorderPost p = posts.findById(postId).orElseThrow(NotFoundException::new);
		Map<String, Object> before = p.auditSnapshot();
		p.removeCoverage(coverageId);
		audit.record(AuditService.UPDATE, p, before);
	}

	/**
	 * Records a merge: the old communes point at the new one from the effective date. Their villages and records
	 * stay as they are (nothing is rewritten); reports and scopes follow the link.
	 */
	public CommuneMerge recordMerge(MergeForm form) {
		cache.invalidate();
		Commune target = communes.findById(form.newCommuneId)
			.orElseThrow(() -> new BusinessRuleException("newCommuneId", "territory.commune.unknown"));
		if (target.isMerged()) {
			throw new BusinessRuleException("newCommuneId", "territory.merge.targetMerged");
		}
		Set<Commune> sources = new LinkedHashSet<>();
		for (Long id : form.sourceIds) {
			Commune source = communes.findById(id)
				.orElseThrow(() -> new BusinessRuleException("sourceIds", "territory.commune.unknown"));
			if (source.getId().equals(target.getId())) {
				continue;
			}
			if (source.isMerged()) {
				throw new BusinessRuleException("sourceIds", "territory.merge.alreadyMerged", source.getLabel());
			}
			sources.add(source);
		}
		if (sources.isEmpty()) {
			throw new BusinessRuleException("sourceIds", "territory.merge.noSources");
		}
		Map<Long, Map<String, Object>> before = new HashMap<>();
		sources.forEach(s -> before.put(s.getId(), s.auditSnapshot()));
		CommuneMerge merge = merges.save(new CommuneMerge(target, form.effectiveOn, form.legalBasis, sources));
		audit.record(AuditService.CREATE, merge, null);
		sources.forEach(s -> audit.record(AuditService.UPDATE, s, before.get(s.getId())));
		return merge;
	}

	/** The commune that holds a commune's records today (itself, or the commune it was merged into). */
	@Transactional(readOnly = true)
	public Commune currentSuccessor(Commune commune) {
		Commune c = commune;
		while (c.getMergedInto() != null) {
			c = c.getMergedInto();
		}
		return c;
	}

	@Transactional(readOnly = true)
	public boolean isValidOn(Commune commune, LocalDate day) {
		return commune.getMergedOn() == null || day.isBefore(commune.getMergedOn());
	}

	@Transactional(readOnly = true)
	public long villageCount(Collection<Long> communeIds) {
		return villages.countInCommunes(Ids.of(communeIds));
	}

}
