package org.rtkconformance.adapter.agent;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Backend {@code win32}: the RTKAPI calls as a thin port onto Win32 file mappings ({@code agents/windows}, built with
 * mingw-w64), run under Wine: one Wine process per caller in one prefix and wine server per run. Unavailable, with
 * the reason, when the agent was not built (no mingw-w64) or Wine is missing or does not boot.
 */
public final class Win32AgentProvider extends AgentBackendProvider {

    @Override
    public String id() {
        return "win32";
    }

    /** Besides the agent's own, where Wine is ({@code wine}) and where the run's prefix goes ({@code prefixRoot}). */
    @Override
    public java.util.Set<String> settingKeys() {
        java.util.Set<String> keys = new java.util.TreeSet<>(super.settingKeys());
        keys.add(WineRuntime.LOADER_PROPERTY.substring("rtk.win32.".length()));
        keys.add(WineRuntime.PREFIX_ROOT_PROPERTY.substring("rtk.win32.".length()));
        return keys;
    }

    @Override
    protected CommandOrReason command() {
        NativeAgentBinary binary = NativeAgentBinary.locate(NativeAgentBinary.WIN32);
        return binary.path().map(path -> CommandOrReason.of(List.of(path.toString())))
                .orElseGet(() -> CommandOrReason.unavailable(binary.unavailableReason().orElseThrow()));
    }

    @Override
    TransportChoice transport(Duration callTimeout) {
        CommandOrReason agent = command();
        if (agent.reason() != null) {
            return TransportChoice.unavailable(agent.reason());
        }
        try {
            WineRuntime wine = WineRuntime.start(RunNamespace.runTag("win32-" + ProcessHandle.current().pid()));
            return new TransportChoice(new WineTransport(wine, Path.of(agent.command().get(0)), callTimeout), null);
        } catch (IllegalStateException e) {
            return TransportChoice.unavailable(e.getMessage());
        }
    }
}
