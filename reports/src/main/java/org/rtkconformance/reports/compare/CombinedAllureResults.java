package org.rtkconformance.reports.compare;

import org.rtkconformance.reports.allure.AllureResultsDirectory;
import org.rtkconformance.reports.input.ReportInputException;

import java.io.IOException;
import java.io.Reader;
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
 * backend id), so the results are copied side by side; the environment names each backend's keys with
 * its id, and a previous combined report's history is carried over for trends.
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
                    if (file.getFileName().toString().equals("environment.properties")) {
                        Properties own2 = new Properties();
                        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                            own2.load(in);
                        }
                        own2.stringPropertyNames().forEach(k -> environment.setProperty(id + "." + k, own2.getProperty(k)));
                    } else {
                        Files.copy(file, directory.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
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
