package org.rtkconformance.adapter.agent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rtkconformance.adapter.api.BackendProvider;
import org.rtkconformance.adapter.api.discovery.BackendSelection;

/** The providers are found the way the kit finds every backend: ServiceLoader, then selection by id. */
class ProviderDiscoveryTests {

    @Test
    void posix_win32_and_the_configured_agent_are_registered_and_selectable() {
        BackendSelection selection = BackendSelection.discover(getClass().getClassLoader());
        // By id, which starts nothing: the win32 manifest would boot Wine.
        assertThat(selection.providers()).extracting(BackendProvider::id).contains("posix", "win32", "agent");
        assertThat(selection.select("posix")).isInstanceOf(PosixAgentProvider.class);
        assertThat(BackendSelection.describe(selection.select("posix"))).contains("posix").contains("agent-client");
    }

    @Test
    void posix_is_available_exactly_when_the_build_could_compile_the_agent() throws java.io.IOException {
        java.nio.file.Path note = java.nio.file.Path.of("target", "agent", "UNAVAILABLE");
        if (java.nio.file.Files.exists(note)) {
            assertThat(new PosixAgentProvider().unavailableReason()).get().asString()
                    .contains(java.nio.file.Files.readString(note).strip());
        } else {
            assertThat(new PosixAgentProvider().unavailableReason()).isEmpty();
        }
    }
}
