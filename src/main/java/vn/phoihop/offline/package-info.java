/**
 * Working where the link drops (docs/architecture.md, "Working offline"): the installable app's manifest, the service
 * worker's script, the two pages it falls back on (the offline page and the outbox), which pages a commune official
 * may keep on the device ({@code OfflineCopies}), and what the worker asks the server (the session's CSRF token,
 * whether a one-time token was used, what to keep). It reads the review module for the months' reports an official
 * keeps; nothing depends on it.
 */
@ApplicationModule(displayName = "Offline", allowedDependencies = { "shared", "review" })
package vn.phoihop.offline;

import org.springframework.modulith.ApplicationModule;
