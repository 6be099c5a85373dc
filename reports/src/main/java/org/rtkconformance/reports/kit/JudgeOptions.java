package org.rtkconformance.reports.kit;

import org.rtkconformance.reports.catalog.CatalogReader;
import org.rtkconformance.reports.compare.AllureLinks;
import org.rtkconformance.reports.expectations.Expectations;
import org.rtkconformance.reports.expectations.ExpectationsReader;
import org.rtkconformance.reports.input.ReportInputException;
import org.rtkconformance.reports.results.RunResults;
import org.rtkconformance.reports.verdict.RunVerdict;
import org.rtkconformance.reports.verdict.VerdictHtml;
import org.rtkconformance.reports.verdict.VerdictJson;
import org.rtkconformance.reports.verdict.VerdictJudge;
import org.rtkconformance.reports.verdict.VerdictMarkdown;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/** The options every command that judges a run shares: catalog, expectations, certification mode, date. */
final class JudgeOptions {

    @Option(names = {"-e", "--expectations"}, paramLabel = "<file>",
            description = "the backend's expectations file (rtk-expectations/1); without it no failure is waived")
    Path expectations;

    @Option(names = "--catalog", paramLabel = "<catalog.yaml>",
            description = "the statement catalog (default: the one the kit carries)")
    Path catalog;

    @Option(names = "--today", paramLabel = "<yyyy-mm-dd>",
            description = "the day waiver expiry is checked against (default: today, UTC)")
    LocalDate today;

    /** The catalog file to use: the one given, or the kit's own copied into {@code scratch}. */
    Path catalogFile(ScratchFolder scratch) {
        return PackagedFeatures.catalog(Optional.ofNullable(catalog), scratch.path());
    }

    /** The expectations, read now so that a bad file fails before a long run. */
    Expectations readExpectations(String backend) {
        return expectations == null ? Expectations.none(backend) : new ExpectationsReader().read(expectations);
    }

    /** Judges {@code run}. */
    RunVerdict judge(RunResults run, Expectations expectations, boolean certification, ScratchFolder scratch) {
        var catalogRead = new CatalogReader().read(catalogFile(scratch));
        return new VerdictJudge(Optional.of(catalogRead), certification,
                today != null ? today : LocalDate.now(ZoneOffset.UTC)).judge(run, expectations);
    }

    /**
     * Writes verdict.json, verdict.md and verdict.html into {@code dir}. The page links scenarios to the rule book
     * beside {@code dir} and, when a single-file Allure report lies beside it too, to their Allure entries.
     */
    static void write(RunVerdict verdict, Path dir) {
        Path report = dir.toAbsolutePath().normalize().resolveSibling(RuleBookCommand.SINGLE_FILE_REPORT);
        AllureLinks links = Files.isRegularFile(report) ? AllureLinks.to(report, dir) : AllureLinks.none();
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("verdict.json"), new VerdictJson().write(verdict), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("verdict.md"), new VerdictMarkdown().write(verdict), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("verdict.html"), new VerdictHtml(links::of).write(verdict), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ReportInputException(dir, "cannot write the verdict: " + e.getMessage(), e);
        }
    }
}
