package org.rtkconformance.adapter.agent;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.rtkconformance.adapter.api.BackendFailureException;

/**
 * A few callers a fork server forked and greeted ahead of need (docs/agent-protocol.md §10, {@code SPARE}), so
 * that a session's new caller costs one {@code PREFIX} round trip instead of a connection, a fork and a HELLO.
 * Each is still a fresh process that served no one before; a background thread forks the next one as soon as
 * one is handed out. When none is ready the session forks its own as before; a fork server that refuses
 * {@code SPARE} (an agent built before it) or a launcher that stops answering ends the refilling for good.
 */
final class SpareCallers {

    private final TcpTransport transport;
    private final BlockingQueue<AgentConnection> ready;
    private final Thread filler;
    private volatile boolean stopped;

    /** @param size how many spare callers to keep ready; 0 keeps none */
    SpareCallers(TcpTransport transport, int size) {
        this.transport = transport;
        this.ready = new ArrayBlockingQueue<>(Math.max(1, size));
        this.stopped = size == 0;
        this.filler = new Thread(this::fill, "rtk-fork-server-spares");
        filler.setDaemon(true);
        if (!stopped) {
            filler.start();
        }
    }

    private void fill() {
        while (!stopped) {
            AgentConnection spare;
            try {
                spare = transport.connectSpare("a spare caller of the fork server");
            } catch (BackendFailureException refusedOrGone) {
                stopped = true; // sessions fork their own callers, as without spares
                break;
            }
            try {
                ready.put(spare);
            } catch (InterruptedException stopping) {
                spare.close();
                break;
            }
        }
        releaseReady();
    }

    /**
     * A ready spare caller, adopted by the session ({@code label}, {@code prefix}, {@code callTimeout}), or null
     * when none is ready. A spare that died while it waited (killed from outside) is released and skipped.
     */
    AgentConnection take(String label, String prefix, Duration callTimeout) {
        for (AgentConnection spare = ready.poll(); spare != null; spare = ready.poll()) {
            if (spare.isAlive() && spare.adopt(label, prefix, callTimeout)) {
                return spare;
            }
            spare.close();
        }
        return null;
    }

    /** Whether spare callers are still being forked. */
    boolean isRefilling() {
        return !stopped;
    }

    /** Stops refilling and ends the ready spares (BYE); the fork server's stop kills any that remain. */
    void stop() {
        stopped = true;
        filler.interrupt();
        releaseReady();
    }

    private void releaseReady() {
        for (AgentConnection spare = ready.poll(); spare != null; spare = ready.poll()) {
            spare.close();
        }
    }
}
