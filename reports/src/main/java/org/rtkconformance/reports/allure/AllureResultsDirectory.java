package org.rtkconformance.reports.allure;

import org.rtkconformance.reports.compare.RunDirectory;
import org.rtkconformance.reports.results.RunResults;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.rtkconformance.reports.input.JsonFiles;
import org.rtkconformance.reports.input.ReportInputException;
import org.rtkconformance.reports.results.Backend;
import org.rtkconformance.reports.results.RunResults;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The Allure results directory the report is built from: a copy of the suite's results (the report
 * build writes into its input, and the suite's directory belongs to the steps module) plus the kit's
 * categories, the backend as environment, and a previous report's history for trends.
 */
public final class AllureResultsDirectory {

    static final String CATEGORIES = "categories.json";
    static final String ENVIRONMENT = "environment.properties";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;

    public AllureResultsDirectory(Path directory) {
        this.directory = directory;
    }

    /**
     * Empties this directory and copies into it the files of {@code suiteResults} that belong to {@code run}
     * (all of them when no run is given): the suite's directory keeps results of earlier runs when it is not
     * cleaned, and those would show up as retries of this run's scenarios. Which files belong to a run is
     * decided by {@link RunDirectory#allureFilesOf}, the rule every report of a run shares.
     *
     * @return how many test results ({@code *-result.json}) were copied and how many left out as older
     * @throws ReportInputException when {@code suiteResults} is missing or holds no result of this run
     */
    public CopiedResults copyFrom(Path suiteResults, Optional<RunResults> run) {
        if (!Files.isDirectory(suiteResults)) {
            throw new ReportInputException(suiteResults,
                    "the suite's Allure results directory does not exist; run the conformance suite first");
        }
        try {
            List<Path> all;
            try (Stream<Path> files = Files.list(suiteResults)) {
                all = files.filter(Files::isRegularFile).sorted().toList();
            }
            List<Path> chosen = run.map(r -> RunDirectory.allureFilesOf(suiteResults, r)).orElse(all);
            deleteRecursively(directory);
            Files.createDirectories(directory);
            int results = 0;
            for (Path file : chosen) {
                Files.copy(file, directory.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                results += isResult(file) ? 1 : 0;
            }
            int older = (int) all.stream().filter(AllureResultsDirectory::isResult).count() - results;
            if (results == 0) {
                throw new ReportInputException(suiteResults, older == 0
                        ? "holds no Allure result (*-result.json); did the suite run?"
                        : "holds no Allure result of this run, only " + older + " of earlier runs; did the suite run?");
            }
            // Allure recorded the probes' raw outcomes; the judged ones are in results.json.
            run.ifPresent(judged -> ProbeOutcomes.apply(directory, judged));
            return new CopiedResults(results, older);
        } catch (IOException e) {
            throw new ReportInputException(suiteResults, "cannot copy the Allure results to " + directory + ": " + e, e);
        }
    }

    private static boolean isResult(Path file) {
        return file.getFileName().toString().endsWith("-result.json");
    }

    /**
     * How many test results were copied, and how many left out because an earlier run wrote them.
     */
    public record CopiedResults(int copied, int older) {
    }

    /** Writes the kit's {@code categories.json}, which maps Allure statuses onto the result taxonomy. */
    public void addCategories() {
        try (InputStream in = AllureResultsDirectory.class.getResourceAsStream(CATEGORIES)) {
            if (in == null) {
                throw new IllegalStateException(CATEGORIES + " is missing from the reports jar");
            }
            Files.copy(in, directory.resolve(CATEGORIES), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies {@code history/} of a previous report, so that the new one shows trends.
     *
     * @return whether there was a history to carry over
     */
    public boolean addHistory(Path previousHistory) {
        if (!Files.isDirectory(previousHistory)) {
            return false;
        }
        Path target = directory.resolve("history");
        try (Stream<Path> files = Files.list(previousHistory)) {
            Files.createDirectories(target);
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException e) {
            throw new ReportInputException(previousHistory, "cannot copy the previous report's history: " + e, e);
        }
    }

    /** Writes the backend and the run into {@code environment.properties} (the report's Environment widget). */
    public void addEnvironment(RunResults results) {
        Backend backend = results.backend();
        // The overview's Environment widget shows five rows before "Show all": keep it to five.
        Properties environment = new Properties();
        environment.setProperty("backend", backend.id() + " (" + String.join(" ", backend.product(), backend.version())
                .strip() + (backend.vendor().isBlank() ? "" : ", " + backend.vendor()) + ")");
        backend.error().ifPresent(error -> environment.setProperty("backend", Backend.NONE + ": "
                + error.lines().findFirst().orElse(error)));
        environment.setProperty("apiVersion", backend.apiVersion());
        environment.setProperty("capabilities", backend.capabilities().isEmpty() ? "(none)"
                : String.join(", ", backend.capabilities()));
        environment.setProperty("readings", backend.readings().isEmpty() ? "(none)"
                : String.join(", ", backend.readingsInOrder()));
        environment.setProperty("run", results.runId() + ", kit " + results.kitVersion()
                + results.startedAt().map(s -> ", started " + s).orElse(""));
        try (Writer out = Files.newBufferedWriter(directory.resolve(ENVIRONMENT), StandardCharsets.UTF_8)) {
            environment.store(out, "rtk-conformance run " + results.runId());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The directory itself. */
    public Path path() {
        return directory;
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            List<Path> all = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path p : all) {
                Files.delete(p);
            }
        }
    }
}
