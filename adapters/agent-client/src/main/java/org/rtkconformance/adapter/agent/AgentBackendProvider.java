package org.rtkconformance.adapter.agent;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.rtkconformance.adapter.api.ApiVersion;
import org.rtkconformance.adapter.api.Backend;
import org.rtkconformance.adapter.api.BackendContext;
import org.rtkconformance.adapter.api.BackendFailureException;
import org.rtkconformance.adapter.api.BackendManifest;
import org.rtkconformance.adapter.api.BackendProvider;
import org.rtkconformance.adapter.api.Capability;
import org.rtkconformance.adapter.api.NativeInterface;

/**
 * A backend whose callers are agent processes speaking {@code rtk-agent/1}. The manifest is what the agent
 * itself declares in its HELLO reply, read once from a probe agent; a provider whose agent cannot start is
 * unavailable with the reason, and declares nothing.
 */
public abstract class AgentBackendProvider implements BackendProvider {

    /** Default for {@code rtk.<id>.timeoutMillis}: the longest wait for one reply. */
    public static final long DEFAULT_TIMEOUT_MILLIS = 5000;

    private volatile Probe probe;

    /** The id {@code -Drtk.backend} selects this provider by. */
    @Override
    public abstract String id();

    /** The agent command without protocol arguments, or why there is none. */
    protected abstract CommandOrReason command();

    /**
     * The C interface (header and library) this provider ships beside its agent, unpacked when first asked
     * for; empty, the default, when it ships none. Present, the backend declares {@link Capability#NATIVE_HEADER}.
     */
    protected Optional<Supplier<NativeInterface>> nativeInterface() {
        return Optional.empty();
    }

    /** A command to run, or the reason there is none. */
    protected record CommandOrReason(java.util.List<String> command, String reason) {

        static CommandOrReason of(java.util.List<String> command) {
            return new CommandOrReason(command, null);
        }

        static CommandOrReason unavailable(String reason) {
            return new CommandOrReason(null, reason);
        }
    }

    /** A transport to reach the agents by, or the reason there is none. */
    record TransportChoice(AgentTransport transport, String reason) {

        static TransportChoice unavailable(String reason) {
            return new TransportChoice(null, reason);
        }
    }

    /**
     * How this provider reaches its agents. The default starts {@link #command()} as a child process per caller,
     * on stdio.
     *
     * @throws IllegalArgumentException with the reason, when the configuration is unusable
     */
    TransportChoice transport(Duration callTimeout) {
        CommandOrReason command = command();
        if (command.reason() != null) {
            return TransportChoice.unavailable(command.reason());
        }
        AgentLaunch launch = new AgentLaunch(command.command(), callTimeout);
        return new TransportChoice(forkServer() ? new ForkServerTransport(launch) : launch, null);
    }

    /**
     * Whether callers are forked by the agent's fork server ({@code rtk.<id>.forkServer}, default
     * {@link #forkServerByDefault()}) rather than started one by one: an agent built on agents/sdk can.
     *
     * @throws IllegalArgumentException when the property is neither true nor false
     */
    private boolean forkServer() {
        String property = "rtk." + id() + ".forkServer";
        String value = System.getProperty(property, Boolean.toString(forkServerByDefault())).trim();
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException(property + " must be true or false, not '" + value + "'");
        }
        return value.equals("true");
    }

    /** Whether this provider's agent is known to have {@code --fork-server} (agents/sdk); false by default. */
    protected boolean forkServerByDefault() {
        return false;
    }

    private record Probe(BackendManifest manifest, AgentTransport transport, Supplier<NativeInterface> nativeInterface,
                         String reason) {
    }

    @Override
    public BackendManifest manifest() {
        return probe().manifest();
    }

    @Override
    public Optional<String> unavailableReason() {
        return Optional.ofNullable(probe().reason());
    }

    /** The id {@code -Drtk.backend} selects, known without starting the probe agent that {@link #manifest()} needs. */
    public final String backendId() {
        return id();
    }

    /** The session settings ({@code rtk.<id>.<key>}) this backend reads, for a command line to refuse others up front. */
    public Set<String> settingKeys() {
        return Set.of("timeoutMillis", "forkServer");
    }

    @Override
    public Backend start(BackendContext context) {
        Probe found = probe();
        if (found.reason() != null) {
            throw new BackendFailureException("Backend '" + id() + "' is unavailable: " + found.reason());
        }
        AgentTransport transport = found.transport();
        Optional<String> timeout = context.setting("timeoutMillis");
        if (timeout.isPresent()) {
            transport = transport.withCallTimeout(parseTimeout(timeout.get()));
        }
        String runTag = RunNamespace.runTag(context.runId());
        transport.prepareRun(runTag);
        return new AgentBackend(found.manifest(), transport, RunNamespace.sessionPrefix(runTag), context.scenarioId(),
                found.nativeInterface());
    }

    private Probe probe() {
        Probe known = probe;
        if (known == null) {
            synchronized (this) {
                known = probe;
                if (known == null) {
                    known = runProbe();
                    probe = known;
                }
            }
        }
        return known;
    }

    private Probe runProbe() {
        TransportChoice choice;
        try {
            choice = transport(parseTimeout(System.getProperty("rtk." + id() + ".timeoutMillis",
                    Long.toString(DEFAULT_TIMEOUT_MILLIS))));
        } catch (IllegalArgumentException e) {
            return unavailable(e.getMessage());
        }
        if (choice.reason() != null) {
            return unavailable(choice.reason());
        }
        AgentTransport transport = choice.transport();
        String prefix = "probe" + Long.toHexString(ProcessHandle.current().pid());
        try (AgentConnection agent = transport.connect("the manifest probe", prefix)) {
            BackendManifest declared = AgentHello.manifest(id(), agent.helloReply());
            Supplier<NativeInterface> shipped = nativeInterface().orElse(null);
            return new Probe(shipped == null ? declared : withNativeHeader(declared), transport, shipped, null);
        } catch (BackendFailureException e) {
            return unavailable("the agent could not start: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return unavailable("the agent's HELLO is not usable: " + e.getMessage());
        }
    }

    private Probe unavailable(String reason) {
        return new Probe(new BackendManifest(id(), "rtk-conformance", "unavailable agent backend", "0",
                ApiVersion.RTX64_2013_SP1, java.util.Set.of(), Map.of()), null, null, reason);
    }

    private static BackendManifest withNativeHeader(BackendManifest declared) {
        Set<Capability> capabilities = EnumSet.of(Capability.NATIVE_HEADER);
        capabilities.addAll(declared.capabilities());
        return new BackendManifest(declared.id(), declared.vendor(), declared.product(), declared.version(),
                declared.apiVersion(), capabilities, declared.readings());
    }

    private Duration parseTimeout(String text) {
        try {
            long millis = Long.parseLong(text.trim());
            if (millis > 0) {
                return Duration.ofMillis(millis);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("rtk." + id() + ".timeoutMillis must be a positive number of milliseconds, not '"
                + text + "'");
    }
}
