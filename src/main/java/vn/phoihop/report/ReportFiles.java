package vn.phoihop.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.phoihop.agreement.ActivityCounts;
import vn.phoihop.shared.export.CsvWriter;

/**
 * The report as tables (one per section), in the user's language: the same tables feed the page, the XLSX (one
 * sheet per section), the CSV and the PDF, so the four always agree.
 */
@Component
public class ReportFiles {

	/** A section: its title, column headers, rows (numbers as numbers), and a note on how to read it, or null. */
	public record Table(String title, List<String> headers, List<List<Object>> rows, String note) {

		Table(String title, List<String> headers, List<List<Object>> rows) {
			this(title, headers, rows, null);
		}

		/** Per column, whether it holds figures (its header aligned right): some row has a number there. */
		public List<Boolean> numericColumns() {
			List<Boolean> out = new ArrayList<>(headers.size());
			for (int c = 0; c < headers.size(); c++) {
				boolean number = false;
				for (List<Object> row : rows) {
					if (c < row.size() && row.get(c) instanceof Number) {
						number = true;
						break;
					}
				}
				out.add(number);
			}
			return out;
		}

		/** Per column, whether {@code test} holds of its cells. */
		List<Boolean> columns(Predicate<List<Object>> test) {
			List<Boolean> out = new ArrayList<>();
			for (int c = 0; c < headers.size(); c++) {
				int column = c;
				out.add(test.test(rows.stream().map(row -> column < row.size() ? row.get(column) : null).toList()));
			}
			return out;
		}

	}

	private final MessageSource messages;

	private final SituationSection situation;

	ReportFiles(MessageSource messages, SituationSection situation) {
		this.messages = messages;
		this.situation = situation;
	}

	private String m(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	public List<Table> tables(PeriodReport r, Locale locale) {
		DateTimeFormatter d = DateTimeFormatter.ofPattern("dd/MM/yyyy");
		List<Table> tables = new ArrayList<>();
		ActivityCounts t = r.totals();
		List<List<Object>> summary = new ArrayList<>();
		summary.add(List.of(m("report.unit", locale), r.unitLabel()));
		summary.add(List.of(m("report.period", locale), r.from().format(d) + " – " + r.to().format(d)));
		summary.add(List.of(m("report.communes", locale), String.join(", ", r.communeLabels())));
		summary.add(List.of(m("report.outreachSessions", locale), t.outreachSessions()));
		summary.add(List.of(m("report.attendees", locale), t.attendees()));
		summary.add(List.of(m("report.patrols", locale), t.patrols()));
		summary.add(List.of(m("report.inspections", locale), t.inspections()));
		summary.add(List.of(m("report.patrolsAndInspections", locale), t.patrolsAndInspections()));
		summary.add(List.of(m("report.participants", locale), t.participants()));
		summary.add(List.of(m("report.force.BORDER_GUARD", locale), t.borderGuard()));
		summary.add(List.of(m("report.force.MILITIA", locale), t.militia()));
		summary.add(List.of(m("report.force.POLICE", locale), t.police()));
		summary.add(List.of(m("report.force.RESIDENT", locale), t.resident()));
		summary.add(List.of(m("report.force.OTHER", locale), t.other()));
		summary.add(List.of(m("report.householdVisits", locale), t.householdVisits()));
		summary.add(List.of(m("report.economicSupport", locale), t.economicSupport()));
		summary.add(List.of(m("report.meetings", locale), t.meetings()));
		summary.add(List.of(m("report.foreignAffairs", locale), t.foreignAffairs()));
		// every activity type of the reference data, one added in /admin/reference included
		r.byType().forEach((key, n) -> summary.add(List.of(m("report.byType.row", locale, m(key, locale)), n)));
		summary.add(List.of(m("report.households", locale), r.population().households()));
		summary.add(List.of(m("report.persons", locale), r.population().persons()));
		for (PeriodReport.GroupRow g : r.groups()) {
			summary.add(List.of(m("report.group." + g.type(), locale), g.groups()));
			summary.add(List.of(m("report.group.members", locale, m("report.group." + g.type(), locale)), g.members()));
			summary.add(List.of(m("report.group.households", locale, m("report.group." + g.type(), locale)),
					g.memberHouseholds()));
			summary.add(List.of(m("report.group.persons", locale, m("report.group." + g.type(), locale)), g.persons()));
		}
		var p = r.poverty();
		summary.add(List.of(m("report.poorAt", locale, String.valueOf(p.startYear())), p.poorAtStart()));
		summary.add(List.of(m("report.nearPoorAt", locale, String.valueOf(p.startYear())), p.nearPoorAtStart()));
		summary.add(List.of(m("report.poorAt", locale, String.valueOf(p.endYear())), p.poorAtEnd()));
		summary.add(List.of(m("report.nearPoorAt", locale, String.valueOf(p.endYear())), p.nearPoorAtEnd()));
		summary.add(List.of(m("report.escaped", locale), p.escapedInPeriod()));
		summary.add(List.of(m("report.models", locale), r.models().models()));
		summary.add(List.of(m("report.modelHouseholds", locale), r.models().households()));
		tables.add(new Table(m("report.section.summary", locale),
				List.of(m("report.col.indicator", locale), m("report.col.value", locale)), summary));

		List<String> activityHeaders = List.of(m("report.col.activities", locale), m("report.outreachSessions", locale),
				m("report.attendees", locale), m("report.patrols", locale), m("report.inspections", locale),
				m("report.participants", locale), m("report.householdVisits", locale), m("report.economicSupport", locale));
		tables.add(breakdown(m("report.section.byCommune", locale), m("report.col.commune", locale), activityHeaders,
				r.byCommune().stream().map(row -> new Object[] { row.label(), row.totals() }).toList()));
		tables.add(breakdown(m("report.section.byContentArea", locale), m("report.col.contentArea", locale),
				activityHeaders,
				r.byContentArea()
					.stream()
					.map(row -> new Object[] { row.key().isEmpty() ? m("report.contentArea.none", locale)
							: m("contentArea." + row.key(), locale), row.totals() })
					.toList()));

		List<List<Object>> groups = new ArrayList<>();
		for (PeriodReport.GroupRow g : r.groups()) {
			groups.add(List.of(m("report.group." + g.type(), locale), g.groups(), g.members(), g.memberHouseholds(),
					g.persons()));
		}
		tables.add(new Table(m("report.section.groups", locale), List.of(m("report.col.groupType", locale),
				m("report.col.groups", locale), m("report.col.members", locale), m("report.col.memberHouseholds", locale),
				m("report.col.persons", locale)), groups));

		List<List<Object>> population = new ArrayList<>();
		r.population().byCommune().forEach(row -> population.add(List.of(row.commune(), row.households(), row.persons())));
		population.add(List.of(m("report.total", locale), r.population().households(), r.population().persons()));
		tables.add(new Table(m("report.section.population", locale), List.of(m("report.col.commune", locale),
				m("report.households", locale), m("report.persons", locale)), population));

		// the security situation and the markers (SituationSection), before the targets, which end the report
		tables.addAll(situation.tables(r.situation(), locale));

		List<List<Object>> targets = new ArrayList<>();
		for (PeriodReport.TargetRow row : r.targets()) {
			String unit = row.unit() == null ? "" : row.unit();
			targets.add(List.of(row.agreement(), m("contentArea." + row.contentArea(), locale), row.indicator(),
					m("report.target.per." + row.per(), locale, row.agreementTarget(), unit.isEmpty() ? "" : " " + unit),
					row.periodTarget(), unit, row.actual() == null ? m("report.target.manual", locale) : row.actual()));
		}
		tables.add(new Table(m("report.section.targets", locale), List.of(m("report.col.agreement", locale),
				m("report.col.contentArea", locale), m("report.col.indicator", locale),
				m("report.col.agreementTarget", locale), m("report.col.periodTarget", locale), m("report.col.unit", locale),
				m("report.col.actual", locale)), targets, r.targets().isEmpty() ? null : m("report.targets.note", locale)));
		return tables;
	}

	private static Table breakdown(String title, String first, List<String> headers, List<Object[]> rows) {
		List<String> all = new ArrayList<>();
		all.add(first);
		all.addAll(headers);
		List<List<Object>> out = new ArrayList<>();
		for (Object[] row : rows) {
			ActivityCounts t = (ActivityCounts) row[1];
			out.add(List.of(row[0] == null ? "" : row[0], t.activities(), t.outreachSessions(), t.attendees(), t.patrols(),
					t.inspections(), t.participants(), t.householdVisits(), t.economicSupport()));
		}
		return new Table(title, all, out);
	}

	/** The report's tables followed by more (other modules' sections: the plans' completion, the programmes). */
	static List<Table> with(List<Table> tables, List<Table> more) {
		List<Table> all = new ArrayList<>(tables);
		all.addAll(more);
		return all;
	}

	byte[] xlsx(PeriodReport report, Locale locale, List<Table> more) {
		return TableFiles.xlsx(with(tables(report, locale), more));
	}

	/** The tables one after another, each as its title, its headers and its rows, then an empty line. */
	void csv(PeriodReport report, Locale locale, CsvWriter out, List<Table> more) {
		TableFiles.csv(with(tables(report, locale), more), out);
	}

}
