package vn.phoihop.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.phoihop.household.SupportKind;
import vn.phoihop.programme.ProgrammeTotals;
import vn.phoihop.report.ReportFiles.Table;

/**
 * The period report's programme totals (issue 24 §3) as two more tables of the report's model, shown on the page and
 * written to its files like the others: per kind of programme the programmes, the persons and households supported in
 * the period, the support given and its value; and the value of the support by kind and year. Aggregates only
 * ({@link ProgrammeTotals}), so every role that reads the report reads them.
 */
@Component
public class ProgrammeSection {

	private final ProgrammeTotals totals;

	private final MessageSource messages;

	ProgrammeSection(ProgrammeTotals totals, MessageSource messages) {
		this.totals = totals;
		this.messages = messages;
	}

	private String m(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	/** The tables of the report's communes (with their predecessors, cut to the reader) and period. */
	public List<Table> tables(Collection<Long> communeIds, LocalDate from, LocalDate to, Locale locale) {
		ProgrammeTotals.Figures f = totals.of(communeIds, from, to);
		List<List<Object>> byProgramme = new ArrayList<>();
		for (ProgrammeTotals.KindRow row : f.byProgrammeKind()) {
			byProgramme.add(List.of(row.label(locale), row.programmes(), row.persons(), row.households(),
					row.supports(), row.value()));
		}
		byProgramme.add(List.of(m("report.total", locale), f.programmes(), f.persons(), f.households(), f.supports(),
				f.value()));
		Table programmes = new Table(m("report.section.programmes", locale),
				List.of(m("report.programme.kind", locale), m("report.programme.programmes", locale),
						m("report.programme.persons", locale), m("report.programme.households", locale),
						m("report.programme.supports", locale), m("report.programme.value", locale)),
				byProgramme, m("report.programme.note", locale));

		List<String> headers = new ArrayList<>();
		headers.add(m("report.programme.supportKind", locale));
		f.years().forEach(y -> headers.add(String.valueOf(y)));
		headers.add(m("report.total", locale));
		List<List<Object>> byKind = new ArrayList<>();
		for (Map.Entry<SupportKind, Map<Integer, Long>> e : f.valueByKindAndYear().entrySet()) {
			List<Object> row = new ArrayList<>();
			row.add(m(e.getKey().messageKey(), locale));
			f.years().forEach(y -> row.add(e.getValue().getOrDefault(y, 0L)));
			row.add(f.value(e.getKey()));
			byKind.add(row);
		}
		List<Object> total = new ArrayList<>();
		total.add(m("report.total", locale));
		f.years().forEach(y -> total.add(f.valueIn(y)));
		total.add(f.value());
		byKind.add(total);
		Table values = new Table(m("report.section.programmeValues", locale), headers, byKind,
				m("report.programme.valueNote", locale));
		return List.of(programmes, values);
	}

}
