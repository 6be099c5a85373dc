package org.rtkconformance.adapter.agent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How to start an agent: the command before the protocol's own arguments ({@code --prefix <p>},
 * {@code --sweep <p>}, {@code --sweep-all}) and how long one reply may take.
 *
 * @param command     the program and its fixed arguments
 * @param callTimeout the longest wait for one reply before the agent counts as hung
 */
record AgentLaunch(List<String> command, Duration callTimeout) implements AgentTransport {

    AgentLaunch {
        command = List.copyOf(command);
        Objects.requireNonNull(callTimeout, "callTimeout");
        if (command.isEmpty()) {
            throw new IllegalArgumentException("an agent command names at least the program");
        }
    }

    @Override
    public AgentTransport withCallTimeout(Duration timeout) {
        return new AgentLaunch(command, timeout);
    }

    @Override
    public AgentConnection connect(String label, String prefix) {
        return AgentConnection.start(label, this, serving(prefix));
    }

    @Override
    public void prepareRun(String runTag) {
        RunNamespace.prepare(this, runTag);
    }

    @Override
    public void sweepQuietly(String prefix) {
        RunNamespace.runQuietly(sweeping(prefix));
    }

    /** The command that serves the protocol for the namespace {@code prefix}. */
    List<String> serving(String prefix) {
        return with("--prefix", prefix);
    }

    /** The one-shot command that removes every unheld object under {@code prefix}. */
    List<String> sweeping(String prefix) {
        return with("--sweep", prefix);
    }

    /** The one-shot command that removes every unheld object any run left behind. */
    List<String> sweepingAll() {
        return with("--sweep-all");
    }

    private List<String> with(String... arguments) {
        List<String> full = new ArrayList<>(command);
        full.addAll(List.of(arguments));
        return full;
    }

    /** The command as a shell would show it, for messages. */
    @Override
    public String describe() {
        return String.join(" ", command);
    }
}
