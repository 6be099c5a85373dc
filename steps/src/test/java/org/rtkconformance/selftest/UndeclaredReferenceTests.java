package org.rtkconformance.selftest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rtkconformance.reference.ReferenceBackendProvider;
import org.rtkconformance.reference.rules.Readings;
import org.rtkconformance.selftest.sweep.SweepFork;
import org.rtkconformance.selftest.sweep.UndeclaredReferenceRun;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, "no escape by declaring less": the reference declaring no reading at all is still judged by every
 * floor, probing (on by default) shows the readings it follows, and nothing reads FAIL. The run's
 * {@code results.json} is kept in {@code target/undeclared-reference/}; reports' UndeclaredReferenceVerdictTests
 * judges a copy of it.
 */
class UndeclaredReferenceTests {

    private static final Path DIRECTORY = Path.of("target", "undeclared-reference");
    /** Every floor statement (docs/INTERPRETATIONS.md, "Floors") that has scenarios of its own. */
    private static final Set<String> FLOORS = Set.of("FLOOR-D1", "FLOOR-D4", "FLOOR-D5", "FLOOR-D6", "FLOOR-D7",
            "FLOOR-D9", "FLOOR-D10", "FLOOR-D11", "FLOOR-D12", "FLOOR-D19");

    private static JsonNode results;

    @BeforeAll
    static void run() throws IOException, InterruptedException {
        SweepFork.Outcome outcome = SweepFork.run(UndeclaredReferenceRun.class, List.of(), DIRECTORY,
                "undeclared-reference.log", 600);
        assertThat(outcome.exitStatus()).as(Files.readString(outcome.log(), StandardCharsets.UTF_8)).isZero();
        results = new ObjectMapper().readTree(DIRECTORY.resolve("rtk-results/results.json").toFile());
    }

    @Test
    void declares_nothing_yet_nothing_fails() {
        assertThat(results.path("backend").path("readings").size()).isZero();
        assertThat(results.path("counts").path("FAIL").asInt()).as(failures()).isZero();
        assertThat(results.path("counts").path("UNRESOLVED").asInt()).as(failures()).isZero();
    }

    @Test
    void every_floor_is_checked_and_passes() {
        Map<String, List<String>> byFloor = new TreeMap<>();
        for (JsonNode scenario : results.path("scenarios")) {
            for (JsonNode statement : scenario.path("statements")) {
                if (statement.asText().startsWith("FLOOR-")) {
                    byFloor.computeIfAbsent(statement.asText(), k -> new ArrayList<>()).add(scenario.path("result").asText());
                }
            }
        }
        assertThat(byFloor.keySet()).containsAll(FLOORS);
        byFloor.forEach((floor, outcomes) -> assertThat(outcomes).as(floor).containsOnly("PASS"));
    }

    @Test
    void probing_shows_the_readings_the_reference_follows_and_no_other() {
        Map<String, String> follows = new TreeMap<>();
        ReferenceBackendProvider.withReadings(Readings.defaults()).manifest().readings()
                .forEach((ambiguity, reading) -> follows.put(ambiguity, reading.toString()));
        JsonNode shownReadings = results.path("backend").path("shownReadings");
        assertThat(shownReadings.size()).as("ambiguities probed").isGreaterThanOrEqualTo(20);
        shownReadings.fields().forEachRemaining(entry -> {
            Set<String> shown = new TreeSet<>();
            entry.getValue().path("shown").forEach(reading -> shown.add(reading.asText()));
            assertThat(shown).as(entry.getKey() + " shows a reading").isNotEmpty();
            assertThat(shown).as(entry.getKey()).contains(follows.get(entry.getKey()));
        });
    }

    private static String failures() {
        List<String> failed = new ArrayList<>();
        results.path("scenarios").forEach(s -> {
            if (!Set.of("PASS", "NOT_APPLICABLE", "UNSUPPORTED").contains(s.path("result").asText())) {
                failed.add(s.path("id").asText() + " " + s.path("result").asText() + ": " + s.path("message").asText());
            }
        });
        return String.join("\n", failed);
    }
}
