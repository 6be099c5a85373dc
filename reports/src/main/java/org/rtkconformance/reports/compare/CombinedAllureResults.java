package org.rtkconformance.reports.compare;

import org.rtkconformance.reports.allure.AllureResultsDirectory;
import org.rtkconformance.reports.input.ReportInputException;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * One Allure results folder for several runs, from which one report shows every backend. The kit's
 * results already keep backends apart (a backend parameter and label, and a history id that includes the
 * backend id), so the results are copied side by side; the environment has one row per backend, and a
 * previous combined report's history is carried over for trends.
 */
public final class CombinedAllureResults {

    private final Path directory;

    public CombinedAllureResults(Path directory) {
        this.directory = directory;
    }

    /**
     * Empties the folder and fills it from {@code runs}.
     *
     * @param previousHistory a previous combined report's {@code history/}; absent is fine
     * @return how many test results were copied
     * @throws ReportInputException when a run has no Allure result of its own
     */
    public int combine(List<RunDirectory> runs, Path previousHistory) {
        int results = 0;
        Properties environment = new Properties();
        try {
            deleteRecursively(directory);
            Files.createDirectories(directory);
            for (RunDirectory run : runs) {
                String id = run.results().backend().id();
                List<Path> files = run.allureFiles();
                long own = files.stream().filter(f -> f.getFileName().toString().endsWith("-result.json")).count();
                if (own == 0) {
                    throw new ReportInputException(run.root().resolve(RunDirectory.ALLURE_RESULTS),
                            "holds no Allure result of run " + run.results().runId() + " (backend " + id + ")");
                }
                results += (int) own;
                for (Path file : files) {
                    if (!file.getFileName().toString().equals("environment.properties")) {
                        Files.copy(file, directory.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                environment.setProperty(id, describe(run.results().backend()));
                // Allure recorded the probes' raw outcomes; the judged ones are in results.json.
                org.rtkconformance.reports.allure.ProbeOutcomes.apply(directory, run.results());
            }
            try (Writer out = Files.newBufferedWriter(directory.resolve("environment.properties"), StandardCharsets.UTF_8)) {
                environment.store(out, "rtk-conformance: " + runs.size() + " runs combined");
            }
        } catch (IOException e) {
            throw new ReportInputException(directory, "cannot build the combined Allure results: " + e, e);
        }
        AllureResultsDirectory allure = new AllureResultsDirectory(directory);
        allure.addCategories();
        if (previousHistory != null) {
            allure.addHistory(previousHistory);
        }
        return results;
    }

    /** One line per backend: the overview's Environment widget shows five rows before "Show all". */
    private static String describe(org.rtkconformance.reports.results.Backend backend) {
        return String.join(" ", backend.product(), backend.version()).strip() + " (" + backend.vendor() + "), "
                + backend.apiVersion() + ", readings " + (backend.readings().isEmpty() ? "none"
                : String.join(" ", backend.readings().values().stream().sorted(Comparator.comparingInt(
                CombinedAllureResults::ambiguityNumber).thenComparing(Comparator.naturalOrder())).toList()));
    }

    /** 8 for {@code D-8.A}, so that D-10 sorts after D-9. */
    private static int ambiguityNumber(String reading) {
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("D-(\\d{1,6})").matcher(reading);
        return number.lookingAt() ? Integer.parseInt(number.group(1)) : Integer.MAX_VALUE;
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
