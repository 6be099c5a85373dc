package org.rtkconformance.reports.rulebook;

import org.rtkconformance.reports.allure.AllureReportIndex;
import org.rtkconformance.reports.catalog.Catalog;
import org.rtkconformance.reports.catalog.CatalogReader;
import org.rtkconformance.reports.cli.ReportCommandLine;
import org.rtkconformance.reports.features.FeatureScanner;
import org.rtkconformance.reports.input.ReportInputException;
import org.rtkconformance.reports.results.RunResults;
import org.rtkconformance.reports.results.RunResultsReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** Command line: builds {@code index.html} and {@code rulebook.md} of the rule book. */
@Command(name = "rulebook", mixinStandardHelpOptions = true,
        description = "Builds the rule book from the catalog, the feature files and the latest results.")
public final class RuleBookMain implements Callable<Integer> {

    @Option(names = "--catalog", required = true, description = "catalog.yaml")
    Path catalog;

    @Option(names = "--features", required = true, description = "the directory holding the *.feature files")
    Path features;

    @Option(names = "--results", description = "results.json of the latest run; without it, coverage only")
    Path results;

    @Option(names = "--require-results", description = "fail when the results file is missing")
    boolean requireResults;

    @Option(names = "--allure-report", description = "the generated Allure report (single-file index.html, "
            + "or a multi-file report directory) to link each result to")
    Path allureReport;

    @Option(names = "--out", required = true, description = "the output directory")
    Path out;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        ReportCommandLine.runAndExit(new RuleBookMain(), args);
    }

    @Override
    public Integer call() {
        catalog = ReportCommandLine.normalized(catalog);
        features = ReportCommandLine.normalized(features);
        results = ReportCommandLine.normalized(results);
        allureReport = ReportCommandLine.normalized(allureReport);
        out = ReportCommandLine.normalized(out);
        Catalog read = new CatalogReader().read(catalog);
        Optional<RunResults> run = Optional.empty();
        if (results != null && (requireResults || Files.exists(results))) {
            run = Optional.of(new RunResultsReader().read(results));
        }
        Path outDir = out.toAbsolutePath().normalize();
        Optional<AllureReportIndex> index = Optional.ofNullable(allureReport).filter(Files::exists)
                .map(AllureReportIndex::read);
        RuleBookAssembler assembler = new RuleBookAssembler(index, uid -> linkTo(outDir, allureReport, uid));
        RuleBook book = assembler.assemble(read, new FeatureScanner().scan(features), run);
        write(outDir.resolve("index.html"), new HtmlRuleBookWriter().write(book));
        write(outDir.resolve("rulebook.md"), new MarkdownRuleBookWriter().write(book));
        spec.commandLine().getOut().println("rtk-conformance rule book: " + outDir.resolve("index.html")
                + " (" + book.total().statements() + " statements, " + book.total().untraced() + " untraced"
                + (run.isPresent() ? "" : ", no results") + (index.isPresent() ? "" : ", no Allure links") + ")");
        return 0;
    }

    /** A link from the rule book to a result in the Allure report, through its {@code #testresult/} route. */
    static String linkTo(Path outDir, Path allureReport, String uid) {
        Path report = allureReport.toAbsolutePath().normalize();
        Path index = Files.isDirectory(report) ? report.resolve("index.html") : report;
        return outDir.relativize(index).toString().replace('\\', '/') + "#testresult/" + uid;
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ReportInputException(file, "cannot write the rule book: " + e.getMessage(), e);
        }
    }
}
