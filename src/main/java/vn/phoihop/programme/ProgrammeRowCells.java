package vn.phoihop.programme;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.phoihop.shared.web.Cells;
import vn.phoihop.shared.web.NumberText;

/**
 * A row of the programme list ({@code programme/list.html}) written in Java and inserted with {@code th:utext}: the
 * name (a link for those who read names), kind, unit, period, beneficiaries and value. Eleven expressions a row were
 * a third of the provincial command's list (docs/performance.md, "Cells"). The same HTML the template wrote; texts
 * escaped here, the link under the context path.
 */
@Component("programmeRowCells")
public class ProgrammeRowCells {

	private final NumberText num;

	private final MessageSource messages;

	ProgrammeRowCells(NumberText num, MessageSource messages) {
		this.num = num;
		this.messages = messages;
	}

	/** The row's cells; {@code readsNames}: the name links to the programme's page. */
	public String html(ProgrammeController.Row r, boolean readsNames, Locale locale) {
		StringBuilder out = new StringBuilder(640).append("<td>");
		if (readsNames) {
			out.append("<a href=\"").append(Cells.href("/programmes/" + r.id())).append("\">").append(Cells.text(r.name()))
				.append("</a>");
		}
		else {
			out.append("<span>").append(Cells.text(r.name())).append("</span>");
		}
		out.append("<div class=\"d-md-none small text-muted\">").append(Cells.text(r.kind() + " · " + r.owner()))
			.append("</div></td>");
		String beneficiaries = messages.getMessage("programme.col.beneficiaries.value",
				new Object[] { num.i(r.persons()), num.i(r.households()) }, locale);
		return out.append(new Cells().td("d-none d-md-table-cell", r.kind())
			.td("d-none d-md-table-cell", r.owner())
			.td("d-none d-lg-table-cell", r.period())
			.td("text-end", beneficiaries)
			.td("text-end", num.i(r.value()))).toString();
	}

}
