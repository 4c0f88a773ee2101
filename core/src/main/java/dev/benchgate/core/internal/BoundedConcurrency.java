package dev.benchgate.core.internal;

import dev.benchgate.core.error.RunloopException;
import dev.benchgate.core.error.RunloopInterruptedException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs blocking work (HTTP requests) a few at a time on threads of its own. The first failure ends
 * the run at once: the work still running is interrupted, which cancels its requests (see {@link
 * Transport}), work still queued is dropped, and the call returns only when every thread has ended.
 * The threads live only as long as one call: nothing is left running, whether it succeeds or fails.
 *
 * <p>A failure is rethrown as the work threw it, so that callers can catch it by type, with the
 * calling thread's stack attached as a suppressed exception: the failure's own stack ends in a pool
 * thread and does not show who was waiting for it.
 *
 * <p>Not API: this package may change in any release.
 */
public final class BoundedConcurrency {
  private BoundedConcurrency() {}

  /**
   * Applies the function to every input, at most {@code maxParallel} at once.
   *
   * @param inputs the inputs
   * @param maxParallel how many calls may run at once, at least 1
   * @param function the blocking function
   * @param <I> the input type
   * @param <O> the output type
   * @return the outputs, in the order of the inputs
   * @throws RuntimeException the first failure of the function to happen, as thrown
   * @throws RunloopInterruptedException when the calling thread is interrupted while waiting
   */
  public static <I, O> List<O> map(
      Collection<I> inputs, int maxParallel, Function<? super I, ? extends O> function) {
    if (maxParallel < 1) {
      throw new IllegalArgumentException("maxParallel must be at least 1 but was " + maxParallel);
    }
    List<I> in = List.copyOf(inputs);
    AtomicReferenceArray<O> outputs = new AtomicReferenceArray<>(in.size());
    List<Runnable> tasks = new ArrayList<>(in.size());
    for (int i = 0; i < in.size(); i++) {
      int index = i;
      tasks.add(() -> outputs.set(index, function.apply(in.get(index))));
    }
    runAll(tasks, maxParallel);
    List<O> out = new ArrayList<>(in.size());
    for (int i = 0; i < in.size(); i++) {
      out.add(outputs.get(i));
    }
    return out;
  }

  /**
   * Gets two values at once and joins them.
   *
   * @param first gets the first value
   * @param second gets the second value
   * @param join joins the two
   * @param <A> the first value's type
   * @param <B> the second value's type
   * @param <R> the joined type
   * @return the joined values
   * @throws RuntimeException the first failure of either to happen, as thrown
   * @throws RunloopInterruptedException when the calling thread is interrupted while waiting
   */
  public static <A, B, R> R both(
      Supplier<? extends A> first,
      Supplier<? extends B> second,
      BiFunction<? super A, ? super B, ? extends R> join) {
    AtomicReference<A> a = new AtomicReference<>();
    AtomicReference<B> b = new AtomicReference<>();
    runAll(List.of(() -> a.set(first.get()), () -> b.set(second.get())), 2);
    return join.apply(a.get(), b.get());
  }

  private static void runAll(List<Runnable> tasks, int maxParallel) {
    if (tasks.isEmpty()) {
      return;
    }
    ThreadFactory daemons = DaemonThreads.named("benchgate-fetch-");
    List<Thread> threads = new CopyOnWriteArrayList<>();
    ExecutorService executor =
        Executors.newFixedThreadPool(
            Math.min(maxParallel, tasks.size()),
            task -> {
              Thread thread = daemons.newThread(task);
              threads.add(thread);
              return thread;
            });
    try {
      CompletionService<Void> completion = new ExecutorCompletionService<>(executor);
      tasks.forEach(task -> completion.submit(task, null));
      for (int done = 0; done < tasks.size(); done++) {
        completion.take().get();
      }
    } catch (ExecutionException failed) {
      throw rethrown(failed.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RunloopInterruptedException("Interrupted while waiting for concurrent requests", e);
    } finally {
      executor.shutdownNow();
      joinAll(threads);
    }
  }

  private static RuntimeException rethrown(Throwable failure) {
    if (failure instanceof Error error) {
      throw error;
    }
    if (!(failure instanceof RuntimeException unchecked)) {
      // Only Kotlin-style code throws undeclared checked exceptions; this wrapper is the caller's.
      return new RunloopException("A concurrent request failed", failure);
    }
    unchecked.addSuppressed(new WaitedFor(Thread.currentThread()));
    return unchecked;
  }

  /**
   * Waits for the threads to end, however often the caller is interrupted meanwhile: the work gives
   * way to interrupts at once, and no thread may outlive the call. (A terminated pool is not
   * enough: its last thread is still running when the pool reports it.)
   */
  private static void joinAll(List<Thread> threads) {
    boolean interrupted = false;
    for (Thread thread : threads) {
      while (thread.isAlive()) {
        try {
          thread.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** The stack of the thread that waited for failed work, attached to the failure. */
  static final class WaitedFor extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WaitedFor(Thread caller) {
      super("rethrown on thread \"" + caller.getName() + "\", which waited for the failed work");
    }
  }
}
