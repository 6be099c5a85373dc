package org.rtkconformance.adapter.agent;

import org.rtkconformance.adapter.api.Fault;
import org.rtkconformance.adapter.api.FaultInjection;

/** Fault injection for agents that declare it: the fault is sent to every live caller's agent. */
final class AgentFaults implements FaultInjection {

    private final AgentBackend backend;

    AgentFaults(AgentBackend backend) {
        this.backend = backend;
    }

    @Override
    public void inject(Fault fault) {
        for (AgentCaller caller : backend.liveCallers()) {
            caller.send(RequestLine.fault(fault.name()));
        }
    }

    @Override
    public void clear() {
        for (AgentCaller caller : backend.liveCallers()) {
            caller.send(RequestLine.fault("CLEAR"));
        }
    }
}
