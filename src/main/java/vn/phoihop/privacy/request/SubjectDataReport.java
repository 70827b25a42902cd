package vn.phoihop.privacy.request;

import java.util.ArrayList;
import java.util.regex.Pattern;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.phoihop.household.EthnicGroups;
import vn.phoihop.household.Household;
import vn.phoihop.household.HouseholdService;
import vn.phoihop.shared.export.PdfRenderer;
import vn.phoihop.shared.security.CurrentUser;
import vn.phoihop.shared.web.DateText;
import vn.phoihop.shared.web.Labels;

/**
 * "See my data" (docs/privacy.md §3): everything the application holds about a request's household and its members,
 * printed as a PDF for the person: the household's fields and listed members, its poverty history, the groups and
 * economic models it is a member of, the programmes that reach it or its members (with the support recorded), the
 * cadres assigned to it, the activities that name it and the requests made about it. Read within the
 * user's scope (the request was, and its household is read through {@link HouseholdService#get}).
 */
@Component
class SubjectDataReport {

	private final HouseholdService households;

	private final EthnicGroups ethnicGroups;

	private final JdbcTemplate jdbc;

	private final PdfRenderer renderer;

	private final MessageSource messages;

	SubjectDataReport(HouseholdService households, EthnicGroups ethnicGroups, JdbcTemplate jdbc, PdfRenderer renderer,
			MessageSource messages) {
		this.households = households;
		this.ethnicGroups = ethnicGroups;
		this.jdbc = jdbc;
		this.renderer = renderer;
		this.messages = messages;
	}

	/** The label keys the queries select (a type or a status), looked up; any other text is printed as it is. */
	private static final Pattern KEY = Pattern.compile(
			"(group\\.type|activity\\.(type|status)|privacy\\.request\\.(kind|status)|member\\.(sex|relation|school))\\.[A-Z_]+");

	/** A table's row as printed: dates dd/MM/yyyy, labels in the reader's language. */
	public record Row(List<String> cells) {
	}

	/** What the PDF prints; each list a table of its own. */
	public record Data(PersonalDataRequest request, Household household, String commune, String village,
			String ethnicity, String cadre, List<Row> members, List<Row> poverty, List<Row> groups, List<Row> models,
			List<Row> programmes, List<Row> assignments, List<Row> activities, List<Row> requests,
			LocalDateTime printedAt) {
	}

	public Data collect(CurrentUser user, PersonalDataRequest request, Locale locale) {
		Household h = households.get(user, request.getHouseholdId());
		long id = h.getId();
		String commune = jdbc.queryForObject("select name from commune where id = ?", String.class, h.getCommuneId());
		String village = jdbc.queryForObject("select name from village where id = ?", String.class, h.getVillageId());
		String cadre = h.getCadreId() == null ? null
				: jdbc.queryForObject("select name from cadre where id = ?", String.class, h.getCadreId());
		Labels labels = new Labels(messages, locale);
		List<Row> poverty = h.getPovertyHistory().stream()
			.map(p -> new Row(List.of(String.valueOf(p.getYear()), labels.get(p.getStatus().messageKey())))).toList();
		List<Row> groups = rows("""
				select g.name, 'group.type.' || g.type, v.name from self_managed_group_household gh
				join self_managed_group g on g.id = gh.group_id join village v on v.id = g.village_id
				where gh.household_id = ? order by g.name""", id, labels);
		List<Row> models = rows("""
				select m.name, m.started_on from economic_model_household mh join economic_model m on m.id = mh.model_id
				where mh.household_id = ? order by m.name""", id, labels);
		List<Row> members = rows("""
				select full_name, coalesce(cast(birth_year as text), ''), coalesce('member.sex.' || sex, ''),
				       'member.relation.' || relation, coalesce('member.school.' || school_level, '')
				from household_member where household_id = ? order by position""", id, labels);
		List<Row> programmes = rows("""
				select p.name, coalesce(m.full_name, h.head_name), b.joined_on, b.left_on, coalesce(b.leave_reason, ''),
				       (select count(*) from programme_support s where s.beneficiary_id = b.id),
				       (select coalesce(sum(s.value_dong), 0) from programme_support s where s.beneficiary_id = b.id)
				from programme_beneficiary b join programme p on p.id = b.programme_id
				join household h on h.id = b.household_id left join household_member m on m.id = b.member_id
				where b.household_id = ? order by b.joined_on, b.id""", id, labels);
		List<Row> assignments = rows("""
				select c.name, coalesce(c.rank, ''), a.valid_from, a.valid_to from assignment a
				join cadre c on c.id = a.cadre_id where a.household_id = ? order by a.valid_from""", id, labels);
		List<Row> activities = rows("""
				select a.activity_date, 'activity.type.' || a.type, coalesce(a.title, ''), 'activity.status.' || a.status
				from activity_household ah join activity a on a.id = ah.activity_id
				where ah.household_id = ? order by a.activity_date, a.id""", id, labels);
		List<Row> requests = rows("""
				select received_on, 'privacy.request.kind.' || kind, 'privacy.request.status.' || status, answered_on
				from privacy_request where household_id = ? order by received_on, id""", id, labels);
		return new Data(request, h, commune, village, ethnicGroups.name(h.getEthnicity(), locale), cadre, members,
				poverty, groups, models, programmes, assignments, activities, requests, LocalDateTime.now());
	}

	public byte[] pdf(CurrentUser user, PersonalDataRequest request, Locale locale) {
		return renderer.render("privacy/requests/pdf", Map.of("data", collect(user, request, locale)), locale);
	}

	/** The rows of a query: a date as dd/MM/yyyy, a message key (a type, a status) as its label, else as it is. */
	private List<Row> rows(String sql, long householdId, Labels labels) {
		return jdbc.query(sql, (rs, n) -> {
			int columns = rs.getMetaData().getColumnCount();
			List<String> cells = new ArrayList<>(columns);
			for (int c = 1; c <= columns; c++) {
				Object value = rs.getObject(c);
				if (value instanceof java.sql.Date d) {
					cells.add(DateText.DAY.format(d.toLocalDate()));
				}
				else if (value instanceof String key && KEY.matcher(key).matches()) {
					cells.add(labels.get(key));
				}
				else {
					cells.add(value == null ? "" : value.toString());
				}
			}
			return new Row(cells);
		}, householdId);
	}

}
