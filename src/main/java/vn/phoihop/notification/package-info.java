/**
 * Notifications (docs/design.md §14): reminders of due dates (the communes' monthly reports, the month's conclusion,
 * tasks, agreements ending) and news of the review and the situation register (a report returned or sent again, a
 * month concluded, an urgent item), each told to each person once, in the app (the bell, {@code /notifications}) and
 * by the channel each person chose per kind of event ({@code /me/notifications}: e-mail at once or in a daily digest).
 * It listens to the review's {@code ReviewEvents} and the register's {@code SituationItemRecorded}; the scheduled
 * runs (reminders, digest, mail) run once across instances (ShedLock, vn.phoihop.shared.jobs).
 */
@ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "shared", "territory", "mail", "deadline", "review", "situation" })
package vn.phoihop.notification;

import org.springframework.modulith.ApplicationModule;
