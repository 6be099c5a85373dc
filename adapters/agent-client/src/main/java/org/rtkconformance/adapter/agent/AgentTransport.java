package org.rtkconformance.adapter.agent;

import java.time.Duration;

/** How a backend reaches its agents: one fresh agent process per caller, and the sweeps that keep /dev/shm clean. */
interface AgentTransport {

    /** The longest wait for one reply before the agent counts as hung. */
    Duration callTimeout();

    AgentTransport withCallTimeout(Duration timeout);

    /** A new agent serving the namespace {@code prefix}, greeted with HELLO. */
    AgentConnection connect(String label, String prefix);

    /** Before the first session of a run: removes what killed runs left, arranges the end-of-run sweep. */
    void prepareRun(String runTag);

    /** Removes every unheld object under {@code prefix} when no live agent can; never throws. */
    void sweepQuietly(String prefix);

    /** The transport as a person would name it, for messages. */
    String describe();
}
