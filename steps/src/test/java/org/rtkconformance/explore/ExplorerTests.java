package org.rtkconformance.explore;

import org.junit.jupiter.api.Test;
import org.rtkconformance.adapter.api.BackendProvider;
import org.rtkconformance.reference.ReferenceBackendProvider;
import org.rtkconformance.reference.rules.Readings;
import org.rtkconformance.selftest.mutants.Mutant;
import org.rtkconformance.selftest.naive.NaivePorts;

import static org.assertj.core.api.Assertions.assertThat;

/** The explorer finds nothing where there is nothing, finds the naive ports' bugs, and prints them as steps. */
class ExplorerTests {

    @Test
    void the_reference_against_itself_shows_no_divergence_and_runs_fast() {
        BackendProvider reference = ReferenceBackendProvider.withReadings(Readings.defaults());
        ExplorationResult result = new Explorer(reference, ReferenceOracle.of(reference))
                .explore(Explorer.Settings.of(1, 200_000));
        System.out.printf("reference vs reference: %d operations in %.2f s, %.0f operations/s%n", result.operations(),
                result.exploreSeconds(), result.operationsPerSecond());
        assertThat(result.finding()).isEmpty();
        assertThat(result.operations()).isEqualTo(200_000);
    }

    @Test
    void every_naive_port_diverges_within_ten_thousand_operations() {
        for (Mutant port : NaivePorts.wrongOneCallAtATime()) {
            ExplorationResult result = new Explorer(port.provider(), ReferenceOracle.of(port.provider()))
                    .explore(Explorer.Settings.of(7, 10_000));
            System.out.println(port.id() + ": " + result.operations() + " ops, " + result.finding().isPresent());
            result.finding().ifPresent(f -> System.out.println(ScenarioWriter.scenario(result, "rtk-kit explore --seed 7")));
            assertThat(result.finding()).as(port.id()).isPresent();
        }
    }

    /** The race-only ports are right one call at a time: exploration, which runs one call at a time, sees nothing. */
    @Test
    void the_race_only_ports_show_no_divergence_to_a_lockstep_sequence() {
        for (Mutant port : NaivePorts.raceOnly()) {
            ExplorationResult result = new Explorer(port.provider(), ReferenceOracle.of(port.provider()))
                    .explore(Explorer.Settings.of(7, 10_000));
            assertThat(result.finding()).as(port.id()).isEmpty();
        }
    }
}
