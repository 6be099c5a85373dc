package org.rtkconformance.adapter.agent;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.rtkconformance.adapter.api.NativeInterface;

/**
 * Backend {@code posix}: RTX semantics on Linux POSIX shared memory, one {@code rtk-posix-agent} process
 * per caller (sources in {@code agents/linux}). The calls are a C library with its own {@code RtkApi.h}, which
 * the provider hands over for the header and link checks ({@code NATIVE_HEADER}).
 */
public final class PosixAgentProvider extends AgentBackendProvider {

    @Override
    public String id() {
        return "posix";
    }

    /** Besides the timeout, {@code agentPath}: an agent binary built elsewhere ({@code -Drtk.posix.agentPath}). */
    @Override
    public java.util.Set<String> settingKeys() {
        java.util.Set<String> keys = new java.util.TreeSet<>(super.settingKeys());
        keys.add(NativeAgentBinary.PATH_PROPERTY.substring("rtk.posix.".length()));
        return keys;
    }

    @Override
    protected CommandOrReason command() {
        NativeAgentBinary binary = NativeAgentBinary.locate();
        return binary.path().map(path -> CommandOrReason.of(List.of(path.toString())))
                .orElseGet(() -> CommandOrReason.unavailable(binary.unavailableReason().orElseThrow()));
    }

    /** The bundled agent is built on agents/sdk: its callers are forked by one launcher per run. */
    @Override
    protected boolean forkServerByDefault() {
        return true;
    }

    @Override
    protected Optional<Supplier<NativeInterface>> nativeInterface() {
        // An explicit agent (-Drtk.posix.agentPath) comes without the bundled files it was built from.
        if (System.getProperty(NativeAgentBinary.PATH_PROPERTY, "").isBlank() && BundledNativeInterface.isBundled()) {
            return Optional.of(BundledNativeInterface::unpacked);
        }
        return Optional.empty();
    }
}
