package org.rtkconformance.adapter.agent;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.rtkconformance.adapter.api.BackendFailureException;

/**
 * The win32 agents: one fresh Wine process per caller ({@code wine64 rtk-win32-agent.exe --prefix <p>}) in the run's
 * Wine environment, on stdio. Each caller is named by a token in {@code RTK_WINE_LIFE}; the agent owns a mutex of that
 * name while it lives, which is how termination learns when the wine server has released a killed caller.
 */
record WineTransport(WineRuntime wine, Path agent, Duration callTimeout) implements AgentTransport {

    private static final AtomicLong CALLERS = new AtomicLong();

    @Override
    public AgentTransport withCallTimeout(Duration timeout) {
        return new WineTransport(wine, agent, timeout);
    }

    @Override
    public AgentConnection connect(String label, String prefix) {
        String token = "c" + Long.toHexString(ProcessHandle.current().pid()) + "." + CALLERS.incrementAndGet();
        ProcessBuilder builder = new ProcessBuilder(List.of(wine.loader(), agent.toString(), "--prefix", prefix));
        wine.configure(builder);
        builder.environment().put("RTK_WINE_LIFE", token);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new BackendFailureException("Cannot start the win32 agent for " + label + " (" + describe() + "): "
                    + e.getMessage(), e);
        }
        return AgentConnection.open(label, callTimeout, new WineProcessChannel(
                new ProcessChannel(process, describe()), () -> awaitRelease(token, label)));
    }

    /**
     * After a kill: returns once the wine server has closed the dead caller's handles (its life mutex is abandoned,
     * or gone), which it does asynchronously; polls through a one-shot agent for up to about a second of waiting.
     */
    private void awaitRelease(String token, String label) {
        ProcessBuilder builder = new ProcessBuilder(List.of(wine.loader(), agent.toString(), "--await-release", token))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        wine.configure(builder);
        try {
            Process waiter = builder.start();
            if (!waiter.waitFor(30, TimeUnit.SECONDS)) {
                waiter.destroyForcibly();
                throw new BackendFailureException("The release of " + label + " after its kill could not be confirmed:"
                        + " the waiting Wine process hung");
            }
            if (waiter.exitValue() != 0) {
                throw new BackendFailureException("The wine server did not release " + label + " after its kill (the"
                        + " agent's life mutex " + token + " is still held; exit " + waiter.exitValue() + ")");
            }
        } catch (IOException e) {
            throw new BackendFailureException("Cannot start Wine to confirm the release of " + label + ": "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackendFailureException("Interrupted while waiting for the release of " + label, e);
        }
    }

    @Override
    public void prepareRun(String runTag) {
        // Nothing outlives a Win32 caller: the system destroys an object with its last handle and view.
    }

    @Override
    public void sweepQuietly(String prefix) {
        // As above: a killed caller's handles are released by the wine server, not swept.
    }

    @Override
    public String describe() {
        return wine.loader() + " " + agent + " (WINEPREFIX=" + wine.prefix() + ")";
    }
}
