package vn.phoihop.privacy.request;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The deadlines of a request (docs/privacy.md §3), settings {@code app.privacy.requests.*}: the defaults are Decree
 * 356/2025/ND-CP's, an acknowledgement within 2 working days, the request carried out within 10 days (see, correct) or
 * 15 days (delete, restrict, object, withdraw consent), an extension once by at most 15 days. Days are calendar days;
 * working days are Monday to Friday (public holidays are not known to the application: the deadline it shows is then
 * a day early, never late).
 */
@ConfigurationProperties("app.privacy.requests")
public record RequestDeadlines(@DefaultValue("2") int acknowledgeWorkingDays, @DefaultValue("10") int accessDays,
		@DefaultValue("10") int correctDays, @DefaultValue("15") int stopDays,
		@DefaultValue("15") int maxExtensionDays) {

	public LocalDate due(RequestKind kind, LocalDate received) {
		return received.plusDays(switch (kind) {
			case ACCESS -> accessDays;
			case CORRECT -> correctDays;
			case DELETE, RESTRICT, OBJECT, WITHDRAW_CONSENT -> stopDays;
		});
	}

	public LocalDate acknowledgeBy(LocalDate received) {
		LocalDate day = received;
		for (int left = acknowledgeWorkingDays; left > 0;) {
			day = day.plusDays(1);
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				left--;
			}
		}
		return day;
	}

}
