package vn.phoihop.territory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.audit.AuditService;
import vn.phoihop.shared.db.Ids;

/**
 * The territory module's API: reference data reads for every module. The administrator's edits are
 * {@link TerritoryAdmin}'s.
 */
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

	/**
	 * The ids of a province's communes (one narrow query; the province report needs no entities), kept in the
	 * {@link TerritoryCache} like a post's coverage.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Long> communeIdsInProvince(Long provinceId) {
		return cache.get(List.of("provinceCommunes", provinceId), () -> List.copyOf(communes.idsInProvince(provinceId)));
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
