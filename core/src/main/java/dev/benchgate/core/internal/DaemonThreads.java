package dev.benchgate.core.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Names and makes the client's threads. They are daemons, so that a hung request never keeps the
 * JVM alive after a test run.
 *
 * <p>Not API: this package may change in any release.
 */
public final class DaemonThreads {
  private static final AtomicInteger POOLS = new AtomicInteger();

  private DaemonThreads() {}

  /**
   * Returns a pool that starts a thread per task when none is idle and ends threads idle for a
   * minute, like OkHttp's own dispatcher pool.
   *
   * @param prefix the start of the threads' names, e.g. {@code "benchgate-http-"}
   * @return the pool, with no thread yet
   */
  public static ExecutorService pool(String prefix) {
    return new ThreadPoolExecutor(
        0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), named(prefix));
  }

  /**
   * Returns a factory of daemon threads named {@code <prefix><pool>-<thread>}, e.g. {@code
   * benchgate-fetch-3-1}.
   */
  static ThreadFactory named(String prefix) {
    String poolPrefix = prefix + POOLS.incrementAndGet() + "-";
    AtomicInteger threads = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, poolPrefix + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
