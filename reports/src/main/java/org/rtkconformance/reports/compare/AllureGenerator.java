package org.rtkconformance.reports.compare;

import org.rtkconformance.reports.input.ReportInputException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Allure command line (the one {@code allure-maven} installs into {@code .allure/}) to turn a
 * results folder into a report.
 */
public final class AllureGenerator {

    private static final long TIMEOUT_MINUTES = 5;

    private final Path allure;

    /** @param allure the {@code allure} launcher ({@code .allure/allure-2.34.0/bin/allure}) */
    public AllureGenerator(Path allure) {
        if (!Files.isExecutable(allure)) {
            throw new ReportInputException(allure, "the Allure command line is not there or not executable; "
                    + "run the main job once (mvn -B -ntp verify -Pconformance) so that allure-maven installs it");
        }
        this.allure = allure;
    }

    /**
     * Generates {@code report} (a folder; its {@code index.html} is the report) from {@code results}. A
     * multi-file report keeps {@code history/}, which the next report needs for trends; a single-file one
     * opens from the disk without a web server.
     *
     * @return the report's {@code index.html}
     */
    public Path generate(Path results, Path report, boolean singleFile) {
        Path log = report.resolveSibling(report.getFileName() + ".log");
        List<String> command = new java.util.ArrayList<>(List.of(allure.toString(), "generate", results.toString(),
                "-o", report.toString(), "--clean"));
        if (singleFile) {
            command.add("--single-file");
        }
        try {
            Files.createDirectories(report.toAbsolutePath().getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new ReportInputException(results, "Allure did not finish within " + TIMEOUT_MINUTES
                        + " minutes; its output: " + log);
            }
            if (process.exitValue() != 0) {
                throw new ReportInputException(results, "Allure failed with exit code " + process.exitValue() + ": "
                        + lastLine(log) + " (output: " + log + ")");
            }
        } catch (IOException e) {
            throw new ReportInputException(allure, "cannot run the Allure command line: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReportInputException(results, "interrupted while Allure generated the report", e);
        }
        Path index = report.resolve("index.html");
        if (!Files.isRegularFile(index)) {
            throw new ReportInputException(report, "Allure wrote no index.html (output: " + log + ")");
        }
        return index;
    }

    private static String lastLine(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1);
    }
}
