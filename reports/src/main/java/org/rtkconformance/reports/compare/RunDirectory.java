package org.rtkconformance.reports.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.rtkconformance.reports.input.JsonFiles;
import org.rtkconformance.reports.input.ReportInputException;
import org.rtkconformance.reports.results.RunResults;
import org.rtkconformance.reports.results.RunResultsReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The folder one conformance run wrote, laid out as the suite lays out {@code steps/target} and as
 * {@code rtk-kit run} lays out its report folder: {@code rtk-results/results.json}, {@code allure-results/},
 * {@code cucumber/messages.ndjson}, and JUnit XML in {@code surefire-reports/} or {@code cucumber/}.
 */
public final class RunDirectory {

    /** Where the results file is inside the folder. */
    public static final String RESULTS = "rtk-results/results.json";
    public static final String ALLURE_RESULTS = "allure-results";
    public static final String CUCUMBER_MESSAGES = "cucumber/messages.ndjson";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** How long before the run's recorded start its first result may start (the start is taken lazily). */
    private static final java.time.Duration GRACE = java.time.Duration.ofMinutes(1);

    private final Path root;
    private final RunResults results;

    private RunDirectory(Path root, RunResults results) {
        this.root = root;
        this.results = results;
    }

    /**
     * Opens {@code root}, or the folder holding it when {@code root} is the results file itself.
     *
     * @throws ReportInputException when there is no readable {@value #RESULTS}
     */
    public static RunDirectory open(Path root) {
        Path folder = root;
        if (Files.isRegularFile(root) && root.getFileName().toString().endsWith(".json")) {
            Path parent = root.toAbsolutePath().getParent();
            folder = parent.getParent() == null ? parent : parent.getParent();
            return new RunDirectory(folder, new RunResultsReader().read(root));
        }
        if (!Files.isDirectory(root)) {
            throw new ReportInputException(root, "the run folder does not exist (expected a folder with " + RESULTS + ")");
        }
        Path file = root.resolve(RESULTS);
        if (!Files.isRegularFile(file)) {
            throw new ReportInputException(root, "is not a run folder: it has no " + RESULTS);
        }
        return new RunDirectory(root, new RunResultsReader().read(file));
    }

    public Path root() {
        return root;
    }

    public RunResults results() {
        return results;
    }

    /** The Cucumber messages of the run, when it kept them. */
    public Optional<Path> cucumberMessages() {
        Path file = root.resolve(CUCUMBER_MESSAGES);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The JUnit XML reports the run wrote (surefire's, or Cucumber's junit plugin's). */
    public List<Path> junitReports() {
        List<Path> reports = new ArrayList<>();
        for (String folder : List.of("surefire-reports", "cucumber")) {
            Path dir = root.resolve(folder);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().forEach(reports::add);
                } catch (IOException e) {
                    throw new ReportInputException(dir, "cannot list the JUnit reports: " + e.getMessage(), e);
                }
            }
        }
        return reports;
    }

    /**
     * The files of {@code allure-results/} that belong to this run: for each scenario of the run, the latest
     * Allure result with its history id that started at most a minute before the run recorded its start (the
     * suite's folder keeps those of earlier runs when not cleaned, and the first result may start a moment
     * before the run records its start), the containers of those results,
     * the attachments they name, and the environment file. Results of a run that recorded no history ids are
     * kept when they started at or after the run's start.
     */
    public List<Path> allureFiles() {
        return allureFilesOf(root.resolve(ALLURE_RESULTS), results);
    }

    /**
     * The files of the Allure results directory {@code dir} that belong to the run {@code results} describes,
     * chosen as {@link #allureFiles()} explains; the one rule every report of a run uses.
     */
    public static List<Path> allureFilesOf(Path dir, RunResults results) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> all;
        try (Stream<Path> files = Files.list(dir)) {
            all = files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new ReportInputException(dir, "cannot list the Allure results: " + e.getMessage(), e);
        }
        Set<String> historyIds = new HashSet<>();
        results.scenarios().forEach(s -> s.allureHistoryId().ifPresent(historyIds::add));
        Instant notBefore = startedAt(results);
        Map<String, Path> latest = new LinkedHashMap<>();
        Map<String, Long> latestStart = new HashMap<>();
        Map<Path, JsonNode> read = new HashMap<>();
        for (Path file : all) {
            if (!file.getFileName().toString().endsWith("-result.json")) {
                continue;
            }
            JsonNode result = JsonFiles.read(JSON, file, "Allure result");
            long start = result.path("start").asLong(0);
            String historyId = result.path("historyId").asText("");
            boolean ours = historyIds.isEmpty() ? !Instant.ofEpochMilli(start).isBefore(notBefore)
                    : historyIds.contains(historyId) && !Instant.ofEpochMilli(start).isBefore(notBefore.minus(GRACE));
            // Without history ids every result of the run is kept, keyed by its own file.
            String key = historyIds.isEmpty() ? file.toString() : historyId;
            if (ours && start >= latestStart.getOrDefault(key, Long.MIN_VALUE)) {
                latest.put(key, file);
                latestStart.put(key, start);
                read.put(file, result);
            }
        }
        List<Path> kept = new ArrayList<>(latest.values());
        Set<String> uuids = new HashSet<>();
        Set<String> attachments = new HashSet<>();
        for (Path file : kept) {
            uuids.add(read.get(file).path("uuid").asText());
            collectSources(read.get(file), attachments);
        }
        for (Path file : all) {
            String name = file.getFileName().toString();
            if (name.endsWith("-container.json")) {
                JsonNode container = JsonFiles.read(JSON, file, "Allure container");
                boolean ours = false;
                for (JsonNode child : container.path("children")) {
                    ours |= uuids.contains(child.asText());
                }
                if (ours) {
                    kept.add(file);
                    collectSources(container, attachments);
                }
            } else if (attachments.contains(name) || name.equals("environment.properties")) {
                kept.add(file);
            }
        }
        return kept;
    }

    private static Instant startedAt(RunResults results) {
        String started = results.startedAt().orElse("1970-01-01T00:00:00Z");
        try {
            // Allure times are whole milliseconds.
            return Instant.parse(started).truncatedTo(ChronoUnit.MILLIS);
        } catch (DateTimeParseException e) {
            throw new ReportInputException(results.file(), "run.startedAt '" + started
                    + "' is not an ISO-8601 instant such as 2026-11-27T16:00:00Z");
        }
    }

    private static void collectSources(JsonNode node, Set<String> sources) {
        if (node.isObject()) {
            JsonNode source = node.get("source");
            if (source != null && source.isTextual()) {
                sources.add(source.asText());
            }
            node.elements().forEachRemaining(child -> collectSources(child, sources));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collectSources(child, sources));
        }
    }
}
