package org.rtkconformance.adapter.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.rtkconformance.adapter.api.Backend;
import org.rtkconformance.adapter.api.BackendManifest;
import org.rtkconformance.adapter.api.Caller;
import org.rtkconformance.adapter.api.Capability;
import org.rtkconformance.adapter.api.CapabilityMissingException;
import org.rtkconformance.adapter.api.FaultInjection;
import org.rtkconformance.adapter.api.Introspection;
import org.rtkconformance.adapter.api.NativeInterface;

/**
 * One scenario's world: its own object-name prefix and one agent process per caller (started over the
 * provider's transport); closing stops them all.
 */
final class AgentBackend implements Backend {

    private final BackendManifest manifest;
    private final AgentTransport transport;
    private final String prefix;
    private final String scenarioId;
    private final Supplier<NativeInterface> nativeInterface;
    private final List<AgentCaller> callers = new ArrayList<>();

    /** @param nativeInterface the provider's header and library, or null when it ships none */
    AgentBackend(BackendManifest manifest, AgentTransport transport, String prefix, String scenarioId,
                 Supplier<NativeInterface> nativeInterface) {
        this.manifest = manifest;
        this.transport = transport;
        this.prefix = prefix;
        this.scenarioId = scenarioId;
        this.nativeInterface = nativeInterface;
    }

    @Override
    public Set<Capability> capabilities() {
        return manifest.capabilities();
    }

    @Override
    public synchronized Caller newCaller(String name) {
        if (!callers.isEmpty()) {
            require(Capability.MULTIPLE_CALLERS);
        }
        String label = "caller '" + name + "' of scenario '" + scenarioId + "'";
        AgentConnection connection = transport.connect(label, prefix);
        AgentCaller caller = new AgentCaller(name, connection, this);
        callers.add(caller);
        return caller;
    }

    @Override
    public Introspection introspection() {
        require(Capability.INTROSPECTION);
        return new AgentIntrospection(this);
    }

    @Override
    public FaultInjection faults() {
        require(Capability.FAULT_INJECTION);
        return new AgentFaults(this);
    }

    @Override
    public NativeInterface nativeInterface() {
        require(Capability.NATIVE_HEADER);
        return nativeInterface.get();
    }

    /** The callers whose agents still run (terminated ones hold nothing: the kernel released it). */
    synchronized List<AgentCaller> liveCallers() {
        List<AgentCaller> live = new ArrayList<>();
        for (AgentCaller caller : callers) {
            if (caller.isAlive()) {
                live.add(caller);
            }
        }
        return live;
    }

    void require(Capability capability) {
        if (!manifest.capabilities().contains(capability)) {
            throw new CapabilityMissingException(capability, manifest.id());
        }
    }

    String backendId() {
        return manifest.id();
    }

    /** Whether the agent declares {@code reading} ({@code D-15.B}). */
    boolean declares(String reading) {
        return manifest.declares(org.rtkconformance.adapter.api.Reading.parse(reading));
    }

    @Override
    public synchronized void close() {
        List<AgentCaller> live = liveCallers();
        boolean killedAny = live.size() < callers.size();
        AgentCaller sweeper = live.isEmpty() ? null : live.get(live.size() - 1);
        for (AgentCaller caller : callers) {
            if (caller != sweeper) {
                // BYE: the agent closes its handles, the last close of an object unlinks it; its end is awaited
                // in the background, as the next scenario's namespace is another one
                caller.stopInBackground();
            }
        }
        // What terminated callers held is unheld now but still listed in /dev/shm: sweep it at once, through
        // the last live agent when there is one (a process start saved), else with a one-shot sweep.
        if (killedAny && sweeper != null) {
            try {
                sweeper.send("SWEEP");
            } catch (org.rtkconformance.adapter.api.BackendFailureException e) {
                transport.sweepQuietly(prefix);
            }
        } else if (killedAny) {
            transport.sweepQuietly(prefix);
        }
        if (sweeper != null) {
            sweeper.stopInBackground();
        }
        callers.clear();
    }
}
