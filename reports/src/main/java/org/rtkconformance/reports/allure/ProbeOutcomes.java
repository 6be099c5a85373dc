package org.rtkconformance.reports.allure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rtkconformance.reports.input.JsonFiles;
import org.rtkconformance.reports.input.ReportInputException;
import org.rtkconformance.reports.results.RunResults;
import org.rtkconformance.reports.results.ScenarioResult;
import org.rtkconformance.reports.results.Verdict;

/**
 * Makes the Allure results of a probed run say what {@code results.json} says (docs/INTERPRETATIONS.md,
 * "Probing"): Allure records each probe's raw outcome, so a probe of a reading the backend did not show
 * would read as a failure. Its result becomes skipped with the judged message ("NOT_APPLICABLE: probed
 * [D-n.X]; the backend did not show ..."), and an ambiguity that showed none of its readings gets a failed
 * result of its own ({@code probe:D-n}, the FAIL of its floor).
 */
public final class ProbeOutcomes {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String PROBE_PREFIX = "probe:";

    private ProbeOutcomes() {
    }

    /**
     * Rewrites the results of {@code run} in the Allure results directory {@code directory}.
     *
     * @return how many results were changed or added
     */
    public static int apply(Path directory, RunResults run) {
        Map<String, ScenarioResult> notApplicable = new HashMap<>();
        run.scenarios().stream().filter(s -> s.verdict() == Verdict.NOT_APPLICABLE)
                .forEach(s -> s.allureHistoryId().ifPresent(id -> notApplicable.put(id, s)));
        int changed = 0;
        try {
            List<Path> results;
            try (Stream<Path> files = Files.list(directory)) {
                results = files.filter(f -> f.getFileName().toString().endsWith("-result.json")).sorted().toList();
            }
            for (Path file : results) {
                if (!(JsonFiles.read(JSON, file, "Allure result") instanceof ObjectNode result)) {
                    continue;
                }
                ScenarioResult judged = notApplicable.get(result.path("historyId").asText(""));
                if (judged == null || "skipped".equals(result.path("status").asText())) {
                    continue;
                }
                result.put("status", "skipped");
                result.putObject("statusDetails").put("message", judged.message().orElse("NOT_APPLICABLE"));
                write(file, result);
                changed++;
            }
            for (ScenarioResult floor : run.scenarios()) {
                if (floor.id().startsWith(PROBE_PREFIX) && floor.verdict() == Verdict.FAIL) {
                    write(directory.resolve(uuid(run, floor) + "-result.json"), floorResult(run, floor));
                    changed++;
                }
            }
        } catch (IOException e) {
            throw new ReportInputException(directory, "cannot judge the probes' Allure results: " + e.getMessage(), e);
        }
        return changed;
    }

    /** The failed result of an ambiguity that showed none of its readings, labelled as the suite labels results. */
    private static ObjectNode floorResult(RunResults run, ScenarioResult floor) {
        String backend = run.backend().id();
        long at = finishedAt(run);
        ObjectNode result = JSON.createObjectNode();
        result.put("uuid", uuid(run, floor).toString());
        result.put("historyId", backend + ":" + floor.id());
        result.put("name", floor.name());
        result.put("fullName", floor.feature() + ": " + floor.name());
        result.put("status", "failed");
        result.putObject("statusDetails").put("message", floor.message().orElse("FAIL"));
        result.put("stage", "finished");
        result.put("start", at);
        result.put("stop", at);
        ArrayNode labels = result.putArray("labels");
        labels.addObject().put("name", "feature").put("value", floor.feature());
        labels.addObject().put("name", "suite").put("value", floor.feature());
        labels.addObject().put("name", "severity").put("value", "critical");
        labels.addObject().put("name", "backend").put("value", backend);
        floor.strength().ifPresent(s -> labels.addObject().put("name", "strength").put("value", s));
        floor.statements().forEach(id -> labels.addObject().put("name", "statement").put("value", id));
        floor.readings().forEach(r -> labels.addObject().put("name", "reading").put("value", r));
        result.putArray("parameters").addObject().put("name", "backend").put("value", backend);
        return result;
    }

    private static UUID uuid(RunResults run, ScenarioResult floor) {
        return UUID.nameUUIDFromBytes((run.backend().id() + " " + run.runId() + " " + floor.id())
                .getBytes(StandardCharsets.UTF_8));
    }

    private static long finishedAt(RunResults run) {
        try {
            return run.finishedAt().map(Instant::parse).orElseGet(Instant::now).toEpochMilli();
        } catch (DateTimeParseException unreadable) {
            return Instant.now().toEpochMilli();
        }
    }

    private static void write(Path file, ObjectNode result) throws IOException {
        JSON.writeValue(file.toFile(), result);
    }
}
