package vn.phoihop.review;

import java.time.LocalDate;

/** One activity of the month, listed read-only in a commune's submission. */
public record ActivityLine(Long id, LocalDate date, String type, String contentArea, String title, String status) {
}
