package org.rtkconformance.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.ServiceLoader;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rtkconformance.adapter.api.ApiVersion;
import org.rtkconformance.adapter.api.Backend;
import org.rtkconformance.adapter.api.BackendContext;
import org.rtkconformance.adapter.api.BackendManifest;
import org.rtkconformance.adapter.api.BackendProvider;
import org.rtkconformance.adapter.api.Capability;
import org.rtkconformance.adapter.api.CapabilityMissingException;
import org.rtkconformance.adapter.api.Reading;
import org.rtkconformance.adapter.api.discovery.BackendSelection;
import org.rtkconformance.reference.rules.Readings;
import org.rtkconformance.reference.rules.ReferenceRules;

class ProviderTests {

    private static BackendContext context(Map<String, String> settings) {
        return new BackendContext("run-1", "scenario-1", settings);
    }

    @AfterEach
    void clearProperty() {
        System.clearProperty(ReferenceBackendProvider.READINGS_PROPERTY);
    }

    @Test
    void the_reference_is_registered_for_the_service_loader_and_selected_by_default() {
        BackendProvider provider = BackendSelection.discover(getClass().getClassLoader()).select("reference");

        assertThat(provider).isInstanceOf(ReferenceBackendProvider.class);
        assertThat(ServiceLoader.load(BackendProvider.class).stream()).hasSize(1);
    }

    @Test
    void the_manifest_declares_every_capability_but_the_native_header_and_the_default_readings() {
        BackendManifest manifest = new ReferenceBackendProvider().manifest();

        assertThat(manifest.id()).isEqualTo("reference");
        assertThat(manifest.vendor()).isEqualTo("rtk-conformance");
        assertThat(manifest.version()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(manifest.apiVersion()).isEqualTo(ApiVersion.RTX64_2013_SP1);
        assertThat(manifest.capabilities()).isEqualTo(EnumSet.complementOf(EnumSet.of(Capability.NATIVE_HEADER)));
        assertThat(manifest.readings()).isEqualTo(Readings.defaults().manifestReadings());
        assertThat(manifest.declares(new Reading("D-6", "A"))).isTrue();
        assertThat(new ReferenceBackendProvider().unavailableReason()).isEmpty();
        assertThat(new ReferenceBackendProvider()).hasToString("ReferenceBackendProvider[reference]");
    }

    @Test
    void the_system_property_selects_the_readings_the_manifest_declares() {
        System.setProperty(ReferenceBackendProvider.READINGS_PROPERTY, "D-6.B,D-1.A");
        ReferenceBackendProvider provider = new ReferenceBackendProvider();

        assertThat(provider.manifest().declares(new Reading("D-6", "B"))).isTrue();
        assertThat(provider.manifest().declares(new Reading("D-1", "A"))).isTrue();
        try (ReferenceBackend backend = provider.start(context(Map.of("readings", "D-1.A, D-6.B")))) {
            assertThat(backend.readings()).isEqualTo(Readings.parse("D-6.B,D-1.A", "test"));
        }
    }

    @Test
    void a_bad_property_fails_at_start_with_the_valid_readings() {
        System.setProperty(ReferenceBackendProvider.READINGS_PROPERTY, "D-6.Z");
        ReferenceBackendProvider provider = new ReferenceBackendProvider();

        assertThatThrownBy(() -> provider.start(context(Map.of()))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid readings 'D-6.Z' (-Drtk.reference.readings): D-6 has no reading Z")
                .hasMessageContaining("Valid readings: D-1.A");
        assertThatThrownBy(provider::manifest).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void session_readings_that_differ_from_the_manifest_fail_at_start() {
        ReferenceBackendProvider provider = new ReferenceBackendProvider();

        assertThatThrownBy(() -> provider.start(context(Map.of("readings", "D-6.B"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The session asks for readings 'D-6.B' but backend 'reference' declares ''")
                .hasMessageContaining("set -Drtk.reference.readings before the run");
        assertThatThrownBy(() -> provider.start(context(Map.of("readings", "D-6"))))
                .hasMessageContaining("setting rtk.reference.readings");
    }

    @Test
    void unknown_settings_and_bad_memory_limits_fail_at_start() {
        ReferenceBackendProvider provider = new ReferenceBackendProvider();

        assertThatThrownBy(() -> provider.start(context(Map.of("reading", "D-6.B"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown setting(s) [reading] for backend 'reference' (properties rtk.reference.<key>);"
                        + " known keys: readings, memoryLimit");
        assertThatThrownBy(() -> provider.start(context(Map.of("memoryLimit", "lots"))))
                .hasMessage("rtk.reference.memoryLimit is a number of bytes from 1 to 1073741824, not 'lots'");
        assertThatThrownBy(() -> provider.start(context(Map.of("memoryLimit", "0"))))
                .hasMessageContaining("not '0'");
        assertThatThrownBy(() -> provider.start(context(Map.of("memoryLimit", "1073741825"))))
                .hasMessageContaining("not '1073741825'");
    }

    @Test
    void a_memory_limit_bounds_what_create_can_allocate() {
        try (ReferenceBackend backend = new ReferenceBackendProvider().start(context(Map.of("memoryLimit", " 8192 ")))) {
            TestWorld.Driver driver = driver(backend);
            assertThat(driver.create("a", 8192).status().isSuccess()).isTrue();
            assertThat(driver.create("b", 1).status().name()).isEqualTo("STATUS_NO_MEMORY");
        }
    }

    private static TestWorld.Driver driver(ReferenceBackend backend) {
        var caller = backend.newCaller("A");
        return new TestWorld.Driver(caller, caller.rtkRtssAttach(1).instance().value());
    }

    @Test
    void a_provider_with_other_rules_is_a_backend_of_its_own_id() {
        ReferenceRules noTermination = new ReferenceRules(Readings.defaults()) {
            @Override
            public java.util.Set<Capability> capabilities() {
                java.util.Set<Capability> capabilities = super.capabilities();
                capabilities.remove(Capability.CALLER_TERMINATION);
                capabilities.remove(Capability.MULTIPLE_CALLERS);
                capabilities.remove(Capability.INTROSPECTION);
                capabilities.remove(Capability.FAULT_INJECTION);
                return capabilities;
            }
        };
        ReferenceBackendProvider provider = ReferenceBackendProvider.withRules("mutant-x", noTermination);

        assertThat(provider.manifest().id()).isEqualTo("mutant-x");
        assertThat(provider.rules()).isSameAs(noTermination);
        try (Backend backend = provider.start(context(Map.of()))) {
            var caller = backend.newCaller("A");
            assertThatThrownBy(caller::terminate).isInstanceOf(CapabilityMissingException.class)
                    .hasMessageContaining("Backend 'mutant-x' does not declare the capability CALLER_TERMINATION");
            assertThatThrownBy(() -> backend.newCaller("B")).isInstanceOf(CapabilityMissingException.class);
            assertThatThrownBy(backend::introspection).isInstanceOf(CapabilityMissingException.class);
            assertThatThrownBy(backend::faults).isInstanceOf(CapabilityMissingException.class);
            assertThat(backend.has(Capability.VIEW_ACCESS)).isTrue();
        }
    }

    @Test
    void with_readings_builds_the_reference_with_those_readings() {
        ReferenceBackendProvider provider = ReferenceBackendProvider.withReadings(Readings.parse("D-14.A", "test"));

        assertThat(provider.manifest().id()).isEqualTo("reference");
        assertThat(provider.manifest().capabilities()).doesNotContain(Capability.UNMAP);
        assertThat(provider.manifest()).isSameAs(provider.manifest());
    }
}
