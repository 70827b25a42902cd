package vn.phoihop.agreement;

import vn.phoihop.shared.db.Ids;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.phoihop.audit.AuditService;
import vn.phoihop.shared.domain.BusinessRuleException;
import vn.phoihop.shared.domain.NotFoundException;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.security.Role;
import vn.phoihop.shared.web.Paging;
import vn.phoihop.territory.Scope;
import vn.phoihop.territory.ScopeService;

/** The agreement module's API. COMMANDER (of the agreement's post) and ADMIN edit; others read within scope. */
@Service
@Transactional
public class AgreementService {

	public static final long MAX_SCAN_BYTES = 20 * Uploads.MB;

	private final AgreementRepository agreements;

	private final ScopeService scopes;

	private final AuditService audit;

	private final JdbcTemplate jdbc;

	private final ObjectProvider<ActualFigures> figures;

	AgreementService(AgreementRepository agreements, ScopeService scopes, AuditService audit, JdbcTemplate jdbc,
			ObjectProvider<ActualFigures> figures) {
		this.agreements = agreements;
		this.scopes = scopes;
		this.audit = audit;
		this.jdbc = jdbc;
		this.figures = figures;
	}

	public record Scan(String filename, String contentType, long size, byte[] data) {
	}

	public record Progress(Target target, long actual, boolean measured) {

		public int percent() {
			if (!measured || target.getTargetValue().signum() == 0) {
				return 0;
			}
			return (int) Math.min(100, Math.round(actual * 100.0 / target.getTargetValue().doubleValue()));
		}

	}

	// ---- reads

	@Transactional(readOnly = true)
	public Page<Agreement> list(CurrentUser user, String status, int page) {
		Scope scope = scopes.scopeOf(user);
		Page<Agreement> result = agreements.search(scope.all(), scope.idsForQuery(), status,
				PageRequest.of(Paging.index(page), Paging.SIZE, Sort.by(Sort.Direction.DESC, "validFrom").and(Sort.by("id"))));
		result.forEach(a -> a.getCommuneIds().size());
		return result;
	}

	/** The agreement if the user may see it; otherwise 404. */
	@Transactional(readOnly = true)
	public Agreement get(CurrentUser user, Long id) {
		Scope scope = scopes.scopeOf(user);
		Agreement a = agreements.findInScope(id, scope.all(), scope.idsForQuery()).orElseThrow(NotFoundException::new);
		a.getCommuneIds().size();
		a.getContentAreas().size();
		a.getTargets().size();
		return a;
	}

	/** For other modules: an agreement by id, whatever the user (the caller checks its own scope). */
	@Transactional(readOnly = true)
	public Optional<Agreement> find(Long id) {
		Optional<Agreement> a = id == null ? Optional.empty() : agreements.findById(id);
		a.ifPresent(x -> {
			x.getCommuneIds().size();
			x.getContentAreas().size();
		});
		return a;
	}

	/** For other modules' detail pages: an agreement by id without its collections (its label needs none). */
	@Transactional(readOnly = true)
	public Optional<Agreement> findForLabel(Long id) {
		return id == null ? Optional.empty() : agreements.findById(id);
	}

	/** Agreements (not drafts) valid on a day for any of the communes given (a commune and its predecessors). */
	@Transactional(readOnly = true)
	public List<Agreement> validOn(Collection<Long> communeIds, LocalDate day) {
		if (communeIds == null || communeIds.isEmpty() || day == null) {
			return List.of();
		}
		List<Agreement> list = agreements.validOn(Ids.of(communeIds), day);
		list.forEach(a -> a.getContentAreas().size());
		return list;
	}

	/**
	 * Like {@link #validOn}, with the agreements' communes read in the same statement and without the content areas
	 * (a month's review then reads the targets in one batch, in the caller's transaction).
	 */
	@Transactional(readOnly = true)
	public List<Agreement> validOnWithCommunes(Collection<Long> communeIds, LocalDate day) {
		if (communeIds == null || communeIds.isEmpty() || day == null) {
			return List.of();
		}
		return agreements.validOnWithCommunes(Ids.of(communeIds), day);
	}

	@Transactional(readOnly = true)
	public List<Progress> progress(Agreement a) {
		ActualFigures source = figures.getIfAvailable();
		Map<ContentArea, ActivityCounts> actual = source == null ? new TreeMap<>()
				: source.byContentArea(a.getId());
		List<Progress> result = new ArrayList<>();
		for (Target t : a.getTargets()) {
			if (t.getMetric() == Target.Metric.HOUSEHOLDS_ESCAPED) {
				result.add(new Progress(t, escaped(a), true));
				continue;
			}
			ActivityCounts f = actual.getOrDefault(t.getContentArea(), ActivityCounts.ZERO);
			result.add(new Progress(t, f.of(t.getMetric()), t.getMetric().fromActivityLog()));
		}
		return result;
	}

	/**
	 * The households of the agreement's communes, and of the communes merged into them, that escaped poverty in the
	 * years of its validity ({@link EscapedHouseholds}, as the period report counts them).
	 */
	private long escaped(Agreement a) {
		if (a.getCommuneIds().isEmpty() || a.getValidFrom() == null || a.getValidTo() == null) {
			return 0;
		}
		Long[] communes = Ids.of(scopes.withPredecessors(List.copyOf(a.getCommuneIds())).communeIds());
		return jdbc.queryForObject("select count(*) from household h where h.commune_id = any(?) and "
				+ EscapedHouseholds.escapedBetween("h", "?", "?"), Long.class, communes, a.getValidFrom().getYear(),
				a.getValidTo().getYear());
	}

	@Transactional(readOnly = true)
	public List<Agreement> othersOfPost(Agreement a) {
		return agreements.othersOfPost(a.getPostId(), a.getId());
	}

	@Transactional(readOnly = true)
	public Optional<Scan> scanInfo(Long agreementId) {
		return jdbc.query("select filename, content_type, size_bytes from agreement_scan where agreement_id = ?",
				rs -> rs.next() ? Optional.of(new Scan(rs.getString(1), rs.getString(2), rs.getLong(3), null))
						: Optional.<Scan>empty(),
				agreementId);
	}

	@Transactional(readOnly = true)
	public Scan scan(CurrentUser user, Long agreementId) {
		get(user, agreementId);
		return jdbc.query("select filename, content_type, size_bytes, data from agreement_scan where agreement_id = ?",
				rs -> rs.next() ? new Scan(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBytes(4)) : null,
				agreementId);
	}

	public boolean mayEdit(CurrentUser user, Agreement a) {
		return user != null && (user.is(Role.ADMIN)
				|| (user.is(Role.COMMANDER) && (a == null || a.getPostId().equals(user.postId()))));
	}

	// ---- writes

	public Agreement save(CurrentUser user, AgreementForm form) {
		Agreement a;
		Map<String, Object> before = null;
		if (form.id == null) {
			a = new Agreement(form.postId);
		}
		else {
			a = get(user, form.id);
			a.checkVersion(form.version);
			before = a.auditSnapshot();
		}
		Long postId = a.isNew() ? form.postId : a.getPostId();
		if (!mayEdit(user, null) || (user.is(Role.COMMANDER) && !postId.equals(user.postId()))) {
			throw new AccessDeniedException("agreement edit");
		}
		Scope scope = scopes.scopeOf(user);
		for (Long c : form.communeIds) {
			if (!scope.includes(c) && !scope.all()) {
				throw new BusinessRuleException("communeIds", "agreement.commune.outOfScope");
			}
		}
		for (int i = 0; i < form.targets.size(); i++) {
			AgreementForm.TargetRow r = form.targets.get(i);
			if (!r.isBlank() && (r.contentArea == null || r.indicator == null || r.indicator.isBlank()
					|| r.targetValue == null)) {
				throw new BusinessRuleException("targets[" + i + "].indicator", "agreement.target.incomplete");
			}
		}
		a.update(form.communeIds, form.number.strip(), form.title.strip(), form.signedOn, form.validFrom, form.validTo,
				AgreementForm.blankToNull(form.postSignatory), AgreementForm.blankToNull(form.communeSignatory),
				form.contentAreas, form.filledTargets());
		a = agreements.saveAndFlush(a);
		audit.record(before == null ? AuditService.CREATE : AuditService.UPDATE, a, before);
		return a;
	}

	/** activate / end / supersede (with the newer agreement's id). */
	public Agreement transition(CurrentUser user, Long id, int version, String action, Long newerId) {
		Agreement a = get(user, id);
		if (!mayEdit(user, a)) {
			throw new AccessDeniedException("agreement edit");
		}
		a.checkVersion(version);
		Map<String, Object> before = a.auditSnapshot();
		switch (action) {
			case "activate" -> a.activate();
			case "end" -> a.end();
			case "supersede" -> a.supersede(newerId == null ? null
					: agreements.findById(newerId).orElseThrow(() -> new BusinessRuleException("supersededById",
							"agreement.supersede.invalid")));
			default -> throw new BusinessRuleException(null, "agreement.transition.refused");
		}
		a = agreements.saveAndFlush(a);
		audit.record(AuditService.UPDATE, a, before);
		return a;
	}

	public void attachScan(CurrentUser user, Long id, MultipartFile file) {
		Agreement a = get(user, id);
		if (!mayEdit(user, a)) {
			throw new AccessDeniedException("agreement edit");
		}
		Uploads.Checked checked = Uploads.check(file, MAX_SCAN_BYTES, "file", "agreement");
		jdbc.update("""
				insert into agreement_scan (agreement_id, filename, content_type, size_bytes, data, uploaded_by)
				values (?, ?, ?, ?, ?, ?)
				on conflict (agreement_id) do update set filename = excluded.filename, content_type = excluded.content_type,
				  size_bytes = excluded.size_bytes, data = excluded.data, uploaded_at = now(), uploaded_by = excluded.uploaded_by
				""", id, checked.filename(), checked.contentType(), (long) checked.data().length, checked.data(),
				user.username());
		audit.record(AuditService.UPDATE, a, null, null,
				Map.of("scan", checked.filename(), "contentType", checked.contentType(), "size", checked.data().length));
	}

}
