package org.rtkconformance.adapter.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The native interface is optional: a backend that ships none says so as a missing capability. */
class NativeInterfaceTests {

    /** A backend that overrides nothing optional. */
    private static final class PlainBackend implements Backend {
        @Override
        public Set<Capability> capabilities() {
            return Set.of();
        }

        @Override
        public Caller newCaller(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Introspection introspection() {
            throw new UnsupportedOperationException();
        }

        @Override
        public FaultInjection faults() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
        }
    }

    @Test
    void a_backend_without_one_reports_native_header_missing() {
        assertThatThrownBy(() -> new PlainBackend().nativeInterface())
                .isInstanceOfSatisfying(CapabilityMissingException.class,
                        missing -> assertThat(missing.capability()).isEqualTo(Capability.NATIVE_HEADER))
                .hasMessage("The backend does not declare the capability NATIVE_HEADER (a native RtkApi.h header and library)");
    }

    @Test
    void the_flags_are_a_copy_and_every_path_is_required() {
        List<String> flags = new ArrayList<>(List.of("-DRTK_X"));
        NativeInterface shipped = new NativeInterface(Path.of("include"), "RtkApi.h", Path.of("lib.a"), flags);
        flags.add("-DLATER");
        assertThat(shipped.compilerFlags()).containsExactly("-DRTK_X");
        assertThatThrownBy(() -> new NativeInterface(null, "RtkApi.h", Path.of("lib.a"), List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("includeDirectory");
        assertThatThrownBy(() -> new NativeInterface(Path.of("include"), "RtkApi.h", null, List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("library");
    }
}
