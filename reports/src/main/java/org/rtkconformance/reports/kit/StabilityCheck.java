package org.rtkconformance.reports.kit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rtkconformance.reports.input.JsonFiles;
import org.rtkconformance.reports.input.ReportInputException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares the results of repeated runs of the suite: a scenario whose result class differs between runs
 * (or that ran in some runs only) is UNSTABLE. The list goes into the last run's {@code results.json} as the
 * field {@code stability} (runs, order seeds, unstable scenarios with each run's result), which certification
 * refuses when it is not empty.
 */
final class StabilityCheck {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One unstable scenario: its id and the result of each run, in run order ("absent" where it did not run). */
    record Unstable(String scenario, List<String> results) {
    }

    private StabilityCheck() {
    }

    /** The unstable scenarios among the runs whose {@code results.json} files are given, in run order. */
    static List<Unstable> compare(List<Path> results) {
        List<Map<String, String>> runs = new ArrayList<>();
        Map<String, Boolean> ids = new LinkedHashMap<>();
        for (Path file : results) {
            Map<String, String> byId = new LinkedHashMap<>();
            for (JsonNode scenario : JsonFiles.read(JSON, file, "results of a repeated run").path("scenarios")) {
                byId.put(scenario.path("id").asText(), scenario.path("result").asText());
                ids.put(scenario.path("id").asText(), true);
            }
            runs.add(byId);
        }
        List<Unstable> unstable = new ArrayList<>();
        for (String id : ids.keySet()) {
            List<String> seen = new ArrayList<>();
            runs.forEach(run -> seen.add(run.getOrDefault(id, "absent")));
            if (seen.stream().distinct().count() > 1) {
                unstable.add(new Unstable(id, seen));
            }
        }
        return unstable;
    }

    /** Adds the {@code stability} field to the last run's {@code results.json}. */
    static void record(Path lastResults, int runs, List<Long> seeds, List<Unstable> unstable) {
        ObjectNode root = (ObjectNode) JsonFiles.read(JSON, lastResults, "results of the last run");
        ObjectNode stability = root.putObject("stability");
        stability.put("runs", runs);
        ArrayNode order = stability.putArray("orderSeeds");
        seeds.forEach(seed -> {
            if (seed == null) {
                order.addNull();
            } else {
                order.add(seed);
            }
        });
        ArrayNode list = stability.putArray("unstable");
        for (Unstable entry : unstable) {
            ObjectNode node = list.addObject();
            node.put("id", entry.scenario());
            entry.results().forEach(node.putArray("results")::add);
        }
        try {
            JSON.writeValue(lastResults.toFile(), root);
        } catch (IOException e) {
            throw new ReportInputException(lastResults, "cannot add the stability field: " + e.getMessage(), e);
        }
    }
}
