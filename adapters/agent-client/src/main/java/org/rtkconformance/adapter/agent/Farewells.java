package org.rtkconformance.adapter.agent;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Callers whose session ended: each was sent BYE and the end of its requests on the session's thread, and here,
 * off that thread, its end is awaited; one that has not ended within a second is killed, as
 * {@link AgentConnection#close} would. So a scenario does not wait for its callers' processes to release and exit.
 * What stops the run (the fork server's stop, the exit sweep) first waits for all of them ({@link #awaitAll}).
 */
final class Farewells {

    private static final long END_MILLIS = 1000;
    private static final BlockingQueue<AgentConnection> ENDING = new LinkedBlockingQueue<>();
    private static final Object LOCK = new Object();
    private static int pending;

    static {
        Thread watcher = new Thread(Farewells::watch, "rtk-agent-farewells");
        watcher.setDaemon(true);
        watcher.start();
    }

    private Farewells() {
    }

    /** Hands over a caller that was sent BYE and the end of its requests. */
    static void add(AgentConnection leaving) {
        synchronized (LOCK) {
            pending++;
        }
        ENDING.add(leaving);
    }

    /** Waits until every caller handed over has ended or been killed, or {@code millis} passed. */
    static void awaitAll(long millis) {
        long deadline = System.currentTimeMillis() + millis;
        synchronized (LOCK) {
            for (long left = millis; pending > 0 && left > 0; left = deadline - System.currentTimeMillis()) {
                try {
                    LOCK.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static void watch() {
        for (;;) {
            AgentConnection leaving;
            try {
                leaving = ENDING.take();
            } catch (InterruptedException e) {
                return;
            }
            try {
                leaving.awaitEndOrKill(END_MILLIS);
            } finally {
                synchronized (LOCK) {
                    pending--;
                    LOCK.notifyAll();
                }
            }
        }
    }
}
