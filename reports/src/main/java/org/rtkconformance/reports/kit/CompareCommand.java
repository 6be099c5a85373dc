package org.rtkconformance.reports.kit;

import org.rtkconformance.reports.catalog.Catalog;
import org.rtkconformance.reports.catalog.CatalogReader;
import org.rtkconformance.reports.compare.AllureLinks;
import org.rtkconformance.reports.compare.ComparisonHtml;
import org.rtkconformance.reports.compare.ComparisonMarkdown;
import org.rtkconformance.reports.compare.ComparisonMatrix;
import org.rtkconformance.reports.compare.RunDirectory;
import org.rtkconformance.reports.input.ReportInputException;
import org.rtkconformance.reports.results.RunResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** The statement-by-backend matrix of several runs. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compares runs of several backends statement by statement: writes comparison.html and "
                + "comparison.md, rows grouped by the page's sections and the statements they differ on first.")
final class CompareCommand implements Callable<Integer> {

    @Parameters(arity = "2..*", paramLabel = "<run>", description = "run folders (holding rtk-results/results.json) or results files")
    List<Path> runs;

    @Option(names = {"-a", "--allure-report"}, paramLabel = "<backend=index.html>",
            description = "the Allure report of a backend's run (a single-file index.html or a multi-file report's); "
                    + "its cells then link to the scenario's entry. The same report may serve several backends.")
    Map<String, Path> allureReports = Map.of();

    @Option(names = "--catalog", paramLabel = "<catalog.yaml>", description = "the statement catalog (default: the kit's)")
    Path catalog;

    @Option(names = {"-o", "--out"}, defaultValue = "rtk-compare", paramLabel = "<dir>",
            description = "where to write the pages (default: ${DEFAULT-VALUE})")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<RunResults> results = new ArrayList<>();
        runs.forEach(r -> results.add(RunDirectory.open(r).results()));
        for (String backend : allureReports.keySet()) {
            if (results.stream().noneMatch(r -> r.backend().id().equals(backend))) {
                throw new ParameterException(spec.commandLine(), "--allure-report " + backend
                        + "=...: no run of backend '" + backend + "' is compared");
            }
        }
        Path dir = out.toAbsolutePath().normalize();
        List<AllureLinks> links = results.stream().map(r -> Optional.ofNullable(allureReports.get(r.backend().id()))
                .map(report -> AllureLinks.to(report, dir)).orElseGet(AllureLinks::none)).toList();
        try (ScratchFolder scratch = new ScratchFolder()) {
            Catalog read = new CatalogReader().read(PackagedFeatures.catalog(Optional.ofNullable(catalog), scratch.path()));
            ComparisonMatrix matrix = ComparisonMatrix.of(read, results, links);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("comparison.html"), new ComparisonHtml().write(matrix), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("comparison.md"), new ComparisonMarkdown().write(matrix), StandardCharsets.UTF_8);
            spec.commandLine().getOut().println("rtk-kit: " + results.size() + " runs (" + String.join(", ", matrix.columns())
                    + ") differ on " + matrix.differences() + " statement(s); " + dir.resolve("comparison.html"));
            return RtkKit.EXIT_OK;
        } catch (IOException e) {
            throw new ReportInputException(dir, "cannot write the comparison: " + e.getMessage(), e);
        }
    }
}
