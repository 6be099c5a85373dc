package org.rtkconformance.reports.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.rtkconformance.reports.input.JsonFiles;
import org.rtkconformance.reports.results.RunResults;

import java.util.Optional;

/** The command a run recorded as the one that produced it ({@code run.command} of results.json), when it did. */
public final class RecordedCommand {

    private RecordedCommand() {
    }

    /** The command recorded in {@code results}' file. */
    public static Optional<String> of(RunResults results) {
        return of(JsonFiles.read(new ObjectMapper(), results.file(), "results file"));
    }

    static Optional<String> of(JsonNode results) {
        String recorded = results.path("run").path("command").asText("").strip();
        return recorded.isEmpty() ? Optional.empty() : Optional.of(recorded);
    }
}
