package org.rtkconformance.steps.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;
import org.rtkconformance.adapter.api.Backend;
import org.rtkconformance.adapter.api.BackendContext;
import org.rtkconformance.adapter.api.Capability;
import org.rtkconformance.reference.ReferenceBackendProvider;

class CapabilityMaskTests {

    @Test
    void a_mask_lists_capabilities_by_name_in_any_case() {
        assertThat(CapabilityMask.parse("introspection, UNMAP", "-Drtk.mask").masked())
                .containsExactlyInAnyOrder(Capability.INTROSPECTION, Capability.UNMAP);
        assertThat(CapabilityMask.parse("", "-Drtk.mask").masked()).isEmpty();
        assertThat(CapabilityMask.parse(null, "-Drtk.mask").masked()).isEmpty();
    }

    @Test
    void an_unknown_capability_is_refused_naming_the_valid_ones() {
        assertThatThrownBy(() -> CapabilityMask.parse("INTROSPECTION,TELEPATHY", "--mask"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unknown capability 'TELEPATHY' in --mask; valid capabilities: MULTIPLE_CALLERS, ");
    }

    @Test
    void a_masked_capability_is_not_declared_and_its_use_is_unsupported() {
        CapabilityMask mask = CapabilityMask.parse("INTROSPECTION,UNMAP", "-Drtk.mask");
        try (Backend session = CapabilityGuard.guard(new ReferenceBackendProvider()
                .start(new BackendContext("run", "mask", Map.of())), mask)) {
            assertThat(session.has(Capability.INTROSPECTION)).isFalse();
            assertThat(session.capabilities()).doesNotContain(Capability.INTROSPECTION, Capability.UNMAP)
                    .contains(Capability.VIEW_ACCESS);
            assertThatThrownBy(session::introspection).isInstanceOf(TestAbortedException.class)
                    .hasMessageStartingWith("UNSUPPORTED: INTROSPECTION");
            assertThatThrownBy(() -> session.newCaller("A").rtkUnMapSharedMemory(null, null))
                    .isInstanceOf(TestAbortedException.class).hasMessageStartingWith("UNSUPPORTED: UNMAP");
        }
    }
}
