package org.rtkconformance.adapter.api.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rtkconformance.adapter.api.ApiVersion;
import org.rtkconformance.adapter.api.Backend;
import org.rtkconformance.adapter.api.BackendContext;
import org.rtkconformance.adapter.api.BackendManifest;
import org.rtkconformance.adapter.api.BackendProvider;
import org.junit.jupiter.api.Test;

class BackendSelectionTests {

    private static BackendProvider provider(String id) {
        BackendManifest manifest = new BackendManifest(id, "Acme", "Acme RTSS", "9.9", ApiVersion.RTX64_4, Set.of(), Map.of());
        return new BackendProvider() {
            @Override
            public BackendManifest manifest() {
                return manifest;
            }

            @Override
            public Backend start(BackendContext context) {
                throw new UnsupportedOperationException("not started in these tests");
            }
        };
    }

    @Test
    void the_named_backend_is_chosen() {
        BackendSelection selection = BackendSelection.of(List.of(provider("reference"), provider("posix")));
        assertThat(selection.select("posix").manifest().id()).isEqualTo("posix");
    }

    @Test
    void without_a_name_the_only_backend_or_the_reference_is_chosen() {
        assertThat(BackendSelection.of(List.of(provider("posix"))).select(null).manifest().id()).isEqualTo("posix");
        assertThat(BackendSelection.of(List.of(provider("posix"), provider("reference"))).select(" ").manifest().id())
                .isEqualTo("reference");
    }

    @Test
    void an_unknown_id_fails_listing_every_backend_with_its_location() {
        BackendSelection selection = BackendSelection.of(List.of(provider("reference"), provider("posix")));
        assertThatThrownBy(() -> selection.select("nope"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Unknown backend 'nope' (-Drtk.backend=nope)")
                .hasMessageContaining("  reference  from ")
                .hasMessageContaining("  posix  from ");
    }

    @Test
    void no_backend_at_all_says_how_to_register_one() {
        assertThatThrownBy(() -> BackendSelection.of(List.of()).select("reference"))
                .hasMessageContaining("META-INF/services");
    }
}
