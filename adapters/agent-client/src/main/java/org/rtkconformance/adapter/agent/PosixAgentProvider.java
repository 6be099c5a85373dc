package org.rtkconformance.adapter.agent;

import java.util.List;

/**
 * Backend {@code posix}: RTX semantics on Linux POSIX shared memory, one {@code rtk-posix-agent} process
 * per caller (sources in {@code agents/linux}).
 */
public final class PosixAgentProvider extends AgentBackendProvider {

    @Override
    protected String id() {
        return "posix";
    }

    @Override
    protected CommandOrReason command() {
        NativeAgentBinary binary = NativeAgentBinary.locate();
        return binary.path().map(path -> CommandOrReason.of(List.of(path.toString())))
                .orElseGet(() -> CommandOrReason.unavailable(binary.unavailableReason().orElseThrow()));
    }
}
