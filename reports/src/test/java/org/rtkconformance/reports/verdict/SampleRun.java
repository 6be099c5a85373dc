package org.rtkconformance.reports.verdict;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rtkconformance.reports.results.RunResults;
import org.rtkconformance.reports.results.RunResultsReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes small {@code rtk-results/1} files for tests, scenario by scenario, in the format the suite writes.
 * Scenario lines are given; the id is {@code <feature>.feature:<line>}.
 */
public final class SampleRun {

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final ObjectNode root = json.createObjectNode();
    private final ArrayNode scenarios;

    public SampleRun(String backend, Map<String, String> readings) {
        root.put("format", "rtk-results/1");
        root.putObject("kit").put("version", "0.1.0-SNAPSHOT");
        ObjectNode b = root.putObject("backend");
        b.put("id", backend).put("vendor", "tests").put("product", "Sample " + backend).put("version", "1.0")
                .put("apiVersion", "RTX64_2013_SP1");
        b.putArray("capabilities").add("INTROSPECTION");
        ObjectNode r = b.putObject("readings");
        readings.forEach(r::put);
        root.putObject("run").put("id", "run-" + backend).put("startedAt", "2026-11-27T16:00:00Z")
                .put("finishedAt", "2026-11-27T16:00:05Z");
        scenarios = root.putArray("scenarios");
    }

    /** Adds a scenario of {@code name.feature} at {@code line}. */
    public SampleRun scenario(int line, String name, String strength, String result, String... statementsAndReadings) {
        ObjectNode s = scenarios.addObject();
        s.put("id", "name.feature:" + line).put("uri", "classpath:org/rtkconformance/features/name.feature")
                .put("line", line).put("feature", "Name: the object's name").put("rule", "a rule").put("name", name)
                .putNull("example");
        ArrayNode statements = s.putArray("statements");
        ArrayNode readings = s.putArray("readings");
        for (String tag : statementsAndReadings) {
            (tag.startsWith("D-") ? readings : statements).add(tag);
        }
        s.put("strength", strength).putNull("since").put("result", result)
                .put("message", "PASS".equals(result) ? null : result + ": what happened")
                .put("durationMillis", 5).put("allureHistoryId", "hid-" + root.path("backend").path("id").asText() + "-" + line);
        return this;
    }

    /** Records what probing observed of {@code ambiguity}, as {@code backend.shownReadings} does. */
    public SampleRun probed(String ambiguity, List<String> tried, List<String> shown) {
        ObjectNode backend = (ObjectNode) root.path("backend");
        ObjectNode probes = backend.has("shownReadings") ? (ObjectNode) backend.get("shownReadings")
                : backend.putObject("shownReadings");
        ObjectNode entry = probes.putObject(ambiguity);
        tried.forEach(entry.putArray("tried")::add);
        shown.forEach(entry.putArray("shown")::add);
        return this;
    }

    /** Adds the FAIL the suite files when a probed ambiguity showed none of the readings tried. */
    public SampleRun noneShown(String ambiguity, String... tried) {
        ObjectNode s = scenarios.addObject();
        s.put("id", "probe:" + ambiguity).put("uri", "probe:" + ambiguity).put("line", 0).put("feature", "Probing")
                .putNull("rule").put("name", "The backend shows one of the readings of " + ambiguity).putNull("example");
        s.putArray("statements").add("FLOOR-" + ambiguity.replace("-", ""));
        ArrayNode readings = s.putArray("readings");
        for (String reading : tried) {
            readings.add(reading);
        }
        s.put("strength", "required").putNull("since").put("result", "FAIL")
                .put("message", ambiguity + " is not declared and the backend showed none of its readings tried")
                .put("durationMillis", 0).putNull("allureHistoryId");
        return this;
    }

    /** Records {@code rtk-kit run --repeat} results, as the stability gate writes them: one scenario's result per run. */
    public SampleRun unstable(String id, String... results) {
        ObjectNode stability = root.has("stability") ? (ObjectNode) root.get("stability") : root.putObject("stability");
        stability.put("runs", results.length);
        ArrayNode list = stability.has("unstable") ? (ArrayNode) stability.get("unstable") : stability.putArray("unstable");
        ObjectNode entry = list.addObject().put("id", id);
        for (String result : results) {
            entry.withArray("results").add(result);
        }
        return this;
    }

    /** Writes the file and reads it back as the kit does. */
    public RunResults write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            json.writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RunResultsReader().read(file);
    }

    /**
     * A run of backend {@code id} against the statements of {@code Fixtures.CATALOG}: one required pass,
     * one required failure of OPEN-NAME-4, a D-8.A pass, a NOT_APPLICABLE D-8.B and a bounded UNSUPPORTED.
     */
    public static SampleRun typical(String id) {
        return new SampleRun(id, Map.of("D-8", "D-8.A"))
                .scenario(10, "Opening an existing object", "required", "PASS", "OPEN-PURPOSE-1")
                .scenario(20, "Names are case-insensitive", "required", "FAIL", "OPEN-NAME-4")
                .scenario(30, "A long name is refused", "interpretation", "PASS", "OPEN-NAME-2", "D-8.A")
                .scenario(40, "A long name is truncated", "interpretation", "NOT_APPLICABLE", "OPEN-NAME-2", "D-8.B")
                .scenario(50, "One of the five codes", "bounded", "UNSUPPORTED", "OPEN-RET-2");
    }
}
