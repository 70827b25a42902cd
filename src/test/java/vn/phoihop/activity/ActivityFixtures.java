package vn.phoihop.activity;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;

import vn.phoihop.agreement.ContentArea;
import vn.phoihop.shared.security.CurrentUser;

/** Activity test data, saved through the real service (rules, audit and all). Unique titles per call. */
@Component
public class ActivityFixtures {

	private final ActivityCommands commands;

	private final JdbcTemplate jdbc;

	ActivityFixtures(ActivityCommands commands, JdbcTemplate jdbc) {
		this.commands = commands;
		this.jdbc = jdbc;
	}

	public long communeId(String code) {
		return jdbc.queryForObject("select id from commune where code = ?", Long.class, code);
	}

	/** A village of a predecessor of the given new commune (TRONGHOA for DANHOA2025, THANHHOA for TUYENLAM). */
	public long villageOf(String oldCommuneCode) {
		return jdbc.queryForObject("select min(v.id) from village v join commune c on c.id = v.commune_id where c.code = ?",
				Long.class, oldCommuneCode);
	}

	public long agreement2026(String communeCode) {
		return jdbc.queryForObject("select a.id from agreement a join agreement_commune ac on ac.agreement_id = a.id "
				+ "join commune c on c.id = ac.commune_id where c.code = ? and a.valid_from = date '2026-01-01'", Long.class,
				communeCode);
	}

	public static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A submitted patrol in the given new commune, on the given day. */
	public Activity patrol(CurrentUser user, String communeCode, String oldCommuneCode, LocalDate day, String title) {
		ActivityForm f = new ActivityForm();
		f.token = UUID.randomUUID().toString();
		f.type = ActivityType.PATROL;
		f.activityDate = day;
		f.communeId = communeId(communeCode);
		f.villageIds = new LinkedHashSet<>(Set.of(villageOf(oldCommuneCode)));
		f.agreementId = agreement2026(communeCode);
		f.contentArea = ContentArea.BORDER_SOVEREIGNTY;
		f.title = title;
		f.borderGuard = 3;
		f.militia = 2;
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(f, "form");
		return commands.save(user, f, true, errors)
			.orElseThrow(() -> new IllegalStateException("refused: " + errors.getAllErrors()));
	}

}
