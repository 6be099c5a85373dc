package org.rtkconformance.explore;

import org.junit.jupiter.api.Test;
import org.rtkconformance.selftest.sweep.SweepFork;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A printed finding replays: FAIL on the backend it was found on, PASS on the reference ({@link ReplayCheck}). */
class ExplorationReplayTests {

    @Test
    void every_printed_finding_fails_on_its_port_and_passes_on_the_reference() throws Exception {
        Path dir = Path.of("target", "exploration", "replay");
        SweepFork.Outcome outcome = SweepFork.run(ReplayCheck.class, List.of(), dir, "replay.log", 300);
        String log = Files.readString(outcome.log(), StandardCharsets.UTF_8);
        System.out.println(log);
        assertThat(outcome.exitStatus()).as(log).isZero();
    }
}
