package vn.phoihop.territory;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.audit.AuditService;
import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.web.Paging;
import vn.phoihop.territory.TerritoryForms.CommuneForm;
import vn.phoihop.territory.TerritoryForms.CoverageForm;
import vn.phoihop.territory.TerritoryForms.MergeForm;
import vn.phoihop.territory.TerritoryForms.PostForm;
import vn.phoihop.territory.TerritoryForms.ProvinceForm;
import vn.phoihop.territory.TerritoryForms.VillageForm;

/**
 * The administrator's side of the territory: the lists of communes, villages and merges, and the edits (provinces,
 * communes, villages, posts and their coverage, merges), each validated, audited and refused when the version is
 * stale. Every edit empties the territory cache at once and again when its transaction ends.
 */
@Service
@Transactional
class TerritoryAdmin {

	private final ProvinceRepository provinces;

	private final CommuneRepository communes;

	private final VillageRepository villages;

	private final BorderPostRepository posts;

	private final CommuneMergeRepository merges;

	private final AuditService audit;

	private final TerritoryCache cache;

	TerritoryAdmin(ProvinceRepository provinces, CommuneRepository communes, VillageRepository villages,
			BorderPostRepository posts, CommuneMergeRepository merges, AuditService audit, TerritoryCache cache) {
		this.provinces = provinces;
		this.communes = communes;
		this.villages = villages;
		this.posts = posts;
		this.merges = merges;
		this.audit = audit;
		this.cache = cache;
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

}
