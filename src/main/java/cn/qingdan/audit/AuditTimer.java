package cn.qingdan.audit;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A daemon thread running one audit task at a fixed delay, started and stopped with the application (the checkpoint
 * anchoring and the partitions kept ahead). Stopping runs nothing more; the caller does its last round itself.
 */
final class AuditTimer {

	private volatile ScheduledExecutorService timer;

	/** Starts running the task every interval, the first time one interval from now. */
	void start(String name, Duration interval, Runnable task) {
		ScheduledExecutorService t = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name(name).factory());
		t.scheduleWithFixedDelay(task, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
		timer = t;
	}

	/** Stops the timer; returns whether it was running. */
	boolean stop() {
		ScheduledExecutorService t = timer;
		timer = null;
		if (t == null) {
			return false;
		}
		t.shutdownNow();
		return true;
	}

	boolean running() {
		return timer != null;
	}
}
