package org.rtkconformance.steps.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;
import org.rtkconformance.adapter.api.ApiVersion;
import org.rtkconformance.adapter.api.BackendManifest;
import org.rtkconformance.adapter.api.Reading;

class TaxonomyTests {

    private static final BackendManifest OLD = new BackendManifest("vendor-x", "X", "X RTSS", "1.0",
            ApiVersion.RTX64_2013, Set.of(), Map.of("D-6", new Reading("D-6", "A")));

    @Test
    void a_reading_the_backend_does_not_declare_is_not_applicable() {
        Optional<TestAbortedException> abort = Taxonomy.abortFor(tags("@reading:D-6.B"), OLD, Optional.empty());

        assertThat(abort).get().extracting(Throwable::getMessage)
                .isEqualTo("NOT_APPLICABLE: the scenario pins D-6.B; backend 'vendor-x' declares D-6.A");
    }

    @Test
    void a_reading_of_an_undeclared_ambiguity_runs_as_a_probe_by_default() {
        assertThat(Taxonomy.probes(OLD, new Reading("D-8", "A"))).isTrue();
        assertThat(Taxonomy.probes(OLD, new Reading("D-6", "B"))).isFalse();
        assertThat(Taxonomy.abortFor(tags("@reading:D-8.A"), OLD, Optional.empty())).isEmpty();
    }

    @Test
    void with_probing_switched_off_a_reading_of_an_undeclared_ambiguity_is_not_applicable() {
        System.setProperty(Taxonomy.PROBE_PROPERTY, "false");
        try {
            assertThat(Taxonomy.abortFor(tags("@reading:D-8.A"), OLD, Optional.empty())).get().extracting(Throwable::getMessage)
                    .isEqualTo("NOT_APPLICABLE: the scenario pins D-8.A; backend 'vendor-x' declares no reading of D-8");
        } finally {
            System.clearProperty(Taxonomy.PROBE_PROPERTY);
        }
    }

    @Test
    void a_newer_version_than_claimed_is_unsupported() {
        assertThat(Taxonomy.abortFor(tags("@since:RTX64_2013_SP1"), OLD, Optional.empty())).get()
                .extracting(Throwable::getMessage).isEqualTo("UNSUPPORTED: the behaviour needs RTX64 2013 with Service"
                        + " Pack 1; backend 'vendor-x' claims RTX64 2013");
    }

    @Test
    void an_unavailable_backend_is_unsupported_with_its_reason() {
        assertThat(Taxonomy.abortFor(tags(), OLD, Optional.of("gcc not found"))).get().extracting(Throwable::getMessage)
                .isEqualTo("UNSUPPORTED: backend 'vendor-x' cannot run here: gcc not found");
    }

    @Test
    void readings_are_checked_before_versions() {
        assertThat(Taxonomy.abortFor(tags("@reading:D-6.B", "@since:RTX64_4"), OLD, Optional.of("down"))).get()
                .extracting(Throwable::getMessage).asString().startsWith("NOT_APPLICABLE:");
    }

    @Test
    void an_applicable_scenario_runs() {
        assertThat(Taxonomy.abortFor(tags("@reading:D-6.A", "@since:RTX64_2013"), OLD, Optional.empty())).isEmpty();
    }

    private static ScenarioTags tags(String... tags) {
        return ScenarioTags.of(List.of(tags));
    }
}
