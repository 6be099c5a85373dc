package org.rtkconformance.reports.rulebook;

import org.rtkconformance.reports.allure.AllureReportIndex;
import org.rtkconformance.reports.catalog.Catalog;
import org.rtkconformance.reports.features.FeatureScenario;
import org.rtkconformance.reports.input.ReportInputException;
import org.rtkconformance.reports.results.RunResults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Writes a rule book's {@code index.html} and {@code rulebook.md} into a folder: the one way every command
 * (the Maven report build, {@code rtk-kit run}, {@code combine} and {@code rulebook}) builds it.
 */
public final class RuleBookFiles {

    private RuleBookFiles() {
    }

    /**
     * Assembles and writes the rule book.
     *
     * @param allureReport a generated Allure report (single-file {@code index.html} or a multi-file report folder)
     *                     whose entries the results link to; absent or missing means no Allure links
     * @return the rule book written
     */
    public static RuleBook write(Catalog catalog, List<FeatureScenario> scenarios, Optional<RunResults> run,
                                 Optional<Path> allureReport, Path outDir) {
        Path out = outDir.toAbsolutePath().normalize();
        Optional<Path> report = allureReport.filter(Files::exists);
        Optional<AllureReportIndex> index = report.map(AllureReportIndex::read);
        RuleBookAssembler assembler = new RuleBookAssembler(index, uid -> linkTo(out, report.orElseThrow(), uid));
        RuleBook book = assembler.assemble(catalog, scenarios, run);
        write(out.resolve("index.html"), new HtmlRuleBookWriter().write(book));
        write(out.resolve("rulebook.md"), new MarkdownRuleBookWriter().write(book));
        return book;
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
