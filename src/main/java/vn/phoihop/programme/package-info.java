/**
 * Support programmes (docs/design.md §14): a programme of a post or a commune ("Nâng bước em tới trường", "Con nuôi
 * đồn Biên phòng", "Xuân Biên phòng ấm lòng dân bản", economic support) reaches households or persons (household
 * members) of the unit's communes; the support given is recorded per beneficiary, and a beneficiary can leave with a
 * reason. Its API for other modules: {@link vn.phoihop.programme.ProgrammeTotals} (aggregates only, for the period
 * report). Uses the household module's public API (people, access records); the household module knows nothing of
 * it but the port {@code MemberReferences} this module fills.
 */
@ApplicationModule(displayName = "Programmes", allowedDependencies = { "shared", "audit", "territory", "household",
		"reference" })
package vn.phoihop.programme;

import org.springframework.modulith.ApplicationModule;
