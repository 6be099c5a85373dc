package org.rtkconformance.steps.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.rtkconformance.adapter.api.BackendManifest;
import org.rtkconformance.steps.run.ConformanceRun;

/** Writes {@code results.json} in format {@code rtk-results/1} (docs/results-format.md). */
final class ResultsFile {

    static final String FORMAT = "rtk-results/1";

    private ResultsFile() {
    }

    static void write(Path file, String kitVersion, Optional<BackendManifest> manifest, String selectionFailure,
                      ConformanceRun run, Instant finishedAt, List<ScenarioRecord> scenarios,
                      Map<ResultClass, Integer> counts, ShownReadings shown) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("kit", Map.of("version", kitVersion));
        root.put("backend", manifest.map(declared -> backend(declared, shown))
                .orElseGet(() -> Map.of("error", String.valueOf(selectionFailure))));
        Map<String, Object> runInfo = new LinkedHashMap<>();
        runInfo.put("id", run.runId());
        runInfo.put("startedAt", run.startedAt().toString());
        runInfo.put("finishedAt", finishedAt.toString());
        runInfo.put("java", System.getProperty("java.vendor") + " " + System.getProperty("java.version"));
        runInfo.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        String command = System.getProperty("rtk.command");
        if (command != null) {
            runInfo.put("command", command);
        }
        root.put("run", runInfo);
        root.put("scenarios", scenarios);
        Map<String, Integer> countNames = new LinkedHashMap<>();
        counts.forEach((resultClass, count) -> countNames.put(resultClass.name(), count));
        root.put("counts", countNames);
        try {
            Files.createDirectories(file.getParent());
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot write the conformance results to " + file.toAbsolutePath() + ": "
                    + failure.getMessage(), failure);
        }
    }

    private static Map<String, Object> backend(BackendManifest manifest, ShownReadings shown) {
        Map<String, Object> backend = new LinkedHashMap<>();
        backend.put("id", manifest.id());
        backend.put("vendor", manifest.vendor());
        backend.put("product", manifest.product());
        backend.put("version", manifest.version());
        backend.put("apiVersion", manifest.apiVersion().name());
        backend.put("capabilities", manifest.capabilities().stream().map(Enum::name).sorted().toList());
        Map<String, String> readings = new TreeMap<>(ResultsFile::byAmbiguityNumber);
        manifest.readings().forEach((ambiguity, reading) -> readings.put(ambiguity, reading.toString()));
        backend.put("readings", readings);
        if (!shown.tried().isEmpty()) {
            // Probing (on unless -Drtk.probe=false): per undeclared ambiguity, the readings tried and those shown.
            Map<String, Object> probes = new TreeMap<>(ResultsFile::byAmbiguityNumber);
            shown.tried().forEach((ambiguity, tried) -> probes.put(ambiguity,
                    Map.of("tried", List.copyOf(tried), "shown", List.copyOf(shown.shown().get(ambiguity)))));
            backend.put("shownReadings", probes);
        }
        return backend;
    }

    /** D-2 before D-10. */
    static int byAmbiguityNumber(String left, String right) {
        return Integer.compare(Integer.parseInt(left.substring(2)), Integer.parseInt(right.substring(2)));
    }
}
