package vn.phoihop.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs tasks at the same moment, each on its own thread, and waits for all (a race two instances would run). */
public final class Together {

	/** A task that may throw. */
	@FunctionalInterface
	public interface Task {

		void run() throws Exception;

	}

	private Together() {
	}

	/** Starts them at once and waits for each; the first failure is thrown. */
	public static void run(Task... tasks) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(tasks.length);
		try {
			List<Future<?>> runs = new ArrayList<>();
			for (Task task : tasks) {
				Callable<Object> call = () -> {
					start.await();
					task.run();
					return null;
				};
				runs.add(pool.submit(call));
			}
			start.countDown();
			for (Future<?> run : runs) {
				run.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}

}
