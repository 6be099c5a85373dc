package org.rtkconformance.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.rtkconformance.steps.assertions.ConformanceFailure;
import org.rtkconformance.steps.assertions.Verdict;

/**
 * Starts racing callers together: each racer runs on a thread of its own and waits at a barrier until all
 * are ready, so that their calls overlap. A race that does not end within {@link #LIMIT_SECONDS} is a
 * backend that hangs (a deadlock), judged a FAIL; an UNSUPPORTED or a broken backend in a racer is rethrown
 * as it was thrown.
 */
final class RaceStart implements AutoCloseable {

    static final long LIMIT_SECONDS = 120;

    private final Verdict verdict;
    private final ExecutorService threads;

    RaceStart(Verdict verdict) {
        this.verdict = verdict;
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "rtk-racer-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs {@code racers} at once and returns what each returned, in order; {@code race} names it in a failure. */
    <T> List<T> together(String race, List<Callable<T>> racers) {
        CyclicBarrier start = new CyclicBarrier(racers.size());
        List<Future<T>> running = new ArrayList<>();
        for (Callable<T> racer : racers) {
            running.add(threads.submit(() -> {
                start.await(LIMIT_SECONDS, TimeUnit.SECONDS);
                return racer.call();
            }));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LIMIT_SECONDS);
        List<T> results = new ArrayList<>();
        for (Future<T> racer : running) {
            try {
                results.add(racer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            } catch (TimeoutException hung) {
                running.forEach(other -> other.cancel(true));
                throw new AssertionError(ConformanceFailure.message(verdict, race, "every racing call returns",
                        "the racers were still inside their calls after " + LIMIT_SECONDS + " s"));
            } catch (ExecutionException failed) {
                running.forEach(other -> other.cancel(true));
                throw rethrown(failed.getCause());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                running.forEach(other -> other.cancel(true));
                throw new IllegalStateException("Interrupted while waiting for the race " + race, interrupted);
            }
        }
        return results;
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof Error error) {
            throw error;
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof BrokenBarrierException || cause instanceof TimeoutException) {
            return new IllegalStateException("A racer never reached the start: another racer failed first", cause);
        }
        return new IllegalStateException("A racer failed: " + cause, cause);
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
