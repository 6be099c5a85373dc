package org.rtkconformance.steps.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ShownReadingsTests {

    private static ShownReadings.Probe probe(ResultClass result, String... readings) {
        return new ShownReadings.Probe(List.of(readings), result);
    }

    @Test
    void a_reading_is_shown_when_every_scenario_pinning_it_passed() {
        ShownReadings shown = ShownReadings.of(List.of(probe(ResultClass.PASS, "D-6.A"), probe(ResultClass.PASS, "D-6.A"),
                probe(ResultClass.FAIL, "D-6.B"), probe(ResultClass.PASS, "D-6.B")));
        assertThat(shown.tried()).containsEntry("D-6", Set.of("D-6.A", "D-6.B"));
        assertThat(shown.shown()).containsEntry("D-6", Set.of("D-6.A"));
        assertThat(shown.allShown(List.of("D-6.A"))).isTrue();
        assertThat(shown.allShown(List.of("D-6.B"))).isFalse();
        assertThat(shown.noneShown()).isEmpty();
    }

    @Test
    void an_ambiguity_showing_none_of_its_readings_is_listed() {
        ShownReadings shown = ShownReadings.of(List.of(probe(ResultClass.FAIL, "D-12.A"), probe(ResultClass.FAIL, "D-12.D")));
        assertThat(shown.noneShown()).containsExactly("D-12");
    }

    @Test
    void a_reading_pinned_with_another_counts_only_once_the_other_is_shown() {
        // D-2 matters only under D-3.B: with D-3.B not shown, the D-2 probes are inconclusive, not failures.
        ShownReadings shown = ShownReadings.of(List.of(probe(ResultClass.PASS, "D-3.A"), probe(ResultClass.FAIL, "D-3.B"),
                probe(ResultClass.FAIL, "D-3.B", "D-2.A"), probe(ResultClass.FAIL, "D-3.B", "D-2.B")));
        assertThat(shown.tried()).doesNotContainKey("D-2");
        assertThat(shown.shown()).containsEntry("D-3", Set.of("D-3.A"));
    }

    @Test
    void unsupported_and_not_applicable_probes_show_nothing() {
        ShownReadings shown = ShownReadings.of(List.of(probe(ResultClass.UNSUPPORTED, "D-7.A"),
                probe(ResultClass.NOT_APPLICABLE, "D-7.B")));
        assertThat(shown.tried()).isEmpty();
    }
}
