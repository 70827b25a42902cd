package vn.phoihop.territory;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.phoihop.audit.Auditable;
import vn.phoihop.shared.domain.BaseEntity;

/** A recorded merge (docs/design.md §2): old communes became a new commune on a date. Nothing is rewritten. */
@Entity
@Table(name = "commune_merge")
public class CommuneMerge extends BaseEntity implements Auditable {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "new_commune_id")
	private Commune newCommune;

	@Column(name = "effective_on")
	private LocalDate effectiveOn;

	@Column(name = "legal_basis")
	private String legalBasis;

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "commune_merge_source", joinColumns = @JoinColumn(name = "merge_id"),
			inverseJoinColumns = @JoinColumn(name = "commune_id"))
	private Set<Commune> sources = new LinkedHashSet<>();

	protected CommuneMerge() {
	}

	CommuneMerge(Commune newCommune, LocalDate effectiveOn, String legalBasis, Set<Commune> sources) {
		this.newCommune = newCommune;
		this.effectiveOn = effectiveOn;
		this.legalBasis = legalBasis;
		this.sources.addAll(sources);
		for (Commune source : sources) {
			if (source != newCommune) {
				source.mergeInto(newCommune, effectiveOn);
			}
		}
	}

	public Commune getNewCommune() {
		return newCommune;
	}

	public LocalDate getEffectiveOn() {
		return effectiveOn;
	}

	public String getLegalBasis() {
		return legalBasis;
	}

	public Set<Commune> getSources() {
		return sources;
	}

	@Override
	public String auditType() {
		return "CommuneMerge";
	}

	@Override
	public Map<String, Object> auditSnapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("newCommuneId", newCommune.getId());
		m.put("effectiveOn", effectiveOn.toString());
		m.put("legalBasis", legalBasis);
		m.put("sourceIds", sources.stream().map(Commune::getId).toList());
		return m;
	}

	@Override
	public String toString() {
		return newCommune.getName() + " " + effectiveOn;
	}

}
