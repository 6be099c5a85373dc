package org.rtkconformance.adapter.agent;

import java.time.Duration;

/**
 * Callers forked by the agent's fork server ({@link ForkServer}) instead of started by the JVM: the same
 * fresh, isolated process per caller and the same SIGKILL for termination, at the cost of a fork. Namespaces
 * and sweeps are those of the stdio launch it wraps, so the two are interchangeable.
 */
record ForkServerTransport(AgentLaunch launch) implements AgentTransport {

    @Override
    public Duration callTimeout() {
        return launch.callTimeout();
    }

    @Override
    public AgentTransport withCallTimeout(Duration timeout) {
        return new ForkServerTransport((AgentLaunch) launch.withCallTimeout(timeout));
    }

    @Override
    public AgentConnection connect(String label, String prefix) {
        return ForkServer.of(launch.command()).connect(label, prefix, launch.callTimeout());
    }

    @Override
    public void prepareRun(String runTag) {
        launch.prepareRun(runTag);
    }

    @Override
    public void sweepQuietly(String prefix) {
        launch.sweepQuietly(prefix);
    }

    @Override
    public String describe() {
        return launch.describe() + " (forked by its --fork-server)";
    }
}
