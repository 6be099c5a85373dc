package org.rtkconformance.adapter.agent;

import java.io.InputStream;
import java.io.OutputStream;

/** The byte streams to one agent process and the means to end it: a pipe to a child process, or a TCP socket. */
interface AgentChannel {

    /** The agent process's id (on the agent's machine, for a TCP channel). */
    long pid();

    InputStream replies();

    OutputStream requests();

    /** The agent's stderr, or {@code null} when this channel does not carry it. */
    InputStream diagnostics();

    /** What to print for the stderr tail when {@link #diagnostics()} is null. */
    String noDiagnostics();

    boolean isAlive();

    /** Waits up to {@code millis} for the agent to end; true when it has. */
    boolean awaitEnd(long millis);

    /** How the agent ended, for messages (" (exit code 3)"), or "" when that is unknown. */
    String endText();

    /** SIGKILL, as the system terminates a process; returns once the agent's resources are released. */
    void kill();

    /** Kills the agent without throwing: after a failure, whatever state it is in. */
    void abandon();

    /** Closes the request stream (end of input for the agent). */
    void closeRequests();

    /** How the agent was reached, for messages. */
    String describe();
}
