package vn.phoihop.shared.db.replica;

/**
 * Whether the current thread's read-only transactions may go to a replica: set by {@link ReplicaReadInterceptor}
 * for the duration of a lag-tolerant page, and by work that calls {@link #run} (e.g. a report file made off the
 * request thread). Nothing else is ever sent to a replica.
 */
public final class ReplicaReads {

	private static final ThreadLocal<Boolean> ALLOWED = new ThreadLocal<>();

	private ReplicaReads() {
	}

	public static boolean allowed() {
		return Boolean.TRUE.equals(ALLOWED.get());
	}

	static void allow() {
		ALLOWED.set(Boolean.TRUE);
	}

	static void end() {
		ALLOWED.remove();
	}

	/** Runs {@code work} with its read-only transactions allowed on a replica. */
	public static void run(Runnable work) {
		boolean before = allowed();
		allow();
		try {
			work.run();
		}
		finally {
			if (!before) {
				end();
			}
		}
	}

}
