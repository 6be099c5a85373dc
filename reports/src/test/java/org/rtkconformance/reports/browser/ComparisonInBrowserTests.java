package org.rtkconformance.reports.browser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.rtkconformance.reports.allure.AllureReportIndex;
import org.rtkconformance.reports.allure.AllureTestCase;
import org.rtkconformance.reports.catalog.Catalog;
import org.rtkconformance.reports.catalog.CatalogReader;
import org.rtkconformance.reports.catalog.Statement;
import org.rtkconformance.reports.compare.AllureGenerator;
import org.rtkconformance.reports.compare.AllureLinks;
import org.rtkconformance.reports.compare.CombinedAllureResults;
import org.rtkconformance.reports.compare.ComparisonHtml;
import org.rtkconformance.reports.compare.ComparisonMatrix;
import org.rtkconformance.reports.compare.RunDirectory;
import org.rtkconformance.reports.results.RunResults;
import org.rtkconformance.reports.results.ScenarioResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Builds the combined Allure report and the comparison page from the runs {@code -Drtk.compare.runs} names
 * (comma-separated run folders; the conformance profile passes the suite's {@code steps/target}), opens both
 * in headless Chromium and checks what they show: every backend, every scenario, every statement row, and
 * that a cell's link lands on the scenario's Allure entry. Screenshots go beside the other reports'.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComparisonInBrowserTests {

    private static final Pattern TOTAL = Pattern.compile("splash__title\">\\s*(\\d+)\\s*<");

    private HeadlessChromium chromium;
    private Path screenshots;
    private List<RunDirectory> runs;
    private Path combinedReport;
    private Path comparisonPage;
    private ComparisonMatrix matrix;

    @BeforeAll
    void buildThePages(@TempDir Path work) throws IOException {
        chromium = HeadlessChromium.startOrSkip(work);
        screenshots = Path.of(System.getProperty("rtk.screenshots", "target/screenshots"));
        Path out = Path.of(System.getProperty("rtk.compare.out", "target")).toAbsolutePath();
        runs = Arrays.stream(property("rtk.compare.runs", "run folders, comma-separated").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(Path::of).map(RunDirectory::open).toList();
        Catalog catalog = new CatalogReader().read(Path.of(property("rtk.catalog", "statement catalog")));

        Path results = out.resolve("combined/allure-results");
        new CombinedAllureResults(results).combine(runs, out.resolve("combined/allure-report/history"));
        AllureGenerator allure = new AllureGenerator(Path.of(property("rtk.allure.bin", "Allure command line")));
        allure.generate(results, out.resolve("combined/allure-report"), false);
        combinedReport = allure.generate(results, out.resolve("combined/allure-report-single"), true);

        Path pages = out.resolve("compare");
        List<RunResults> runResults = runs.stream().map(RunDirectory::results).toList();
        matrix = ComparisonMatrix.of(catalog, runResults,
                runResults.stream().map(r -> AllureLinks.to(combinedReport, pages)).toList());
        Files.createDirectories(pages);
        comparisonPage = Files.writeString(pages.resolve("comparison.html"), new ComparisonHtml().write(matrix),
                StandardCharsets.UTF_8);
    }

    @Test
    void the_comparison_page_shows_every_statement_and_every_backend() {
        RenderedPage page = new RenderedPage("comparison",
                chromium.screenshotAndDumpDom(comparisonPage.toUri(), screenshots.resolve("comparison.png")), screenshots);

        for (String column : matrix.columns()) {
            page.shows("<th>" + column + "</th>", "the column of backend " + column);
        }
        matrix.sections().values().stream().flatMap(List::stream).map(row -> row.statement().id())
                .forEach(id -> page.shows("<tr id=\"" + id + "\"", "the row of " + id));
        assertThat(matrix.catalog().statements().stream().filter(s -> !s.withdrawn()).map(Statement::id))
                .allSatisfy(id -> page.shows("id=\"" + id + "\"", "statement " + id));
        page.shows("#testresult/", "cells linking to their Allure entries");
        page.shows("id=\"legend\"", "the legend of the cells");
        assertThat(page.dom().split("<td class=\"flag\">≠</td>", -1).length - 1).as("rows flagged ≠ (DOM in %s)", page.saved())
                .isGreaterThanOrEqualTo((int) matrix.differences());
    }

    @Test
    void a_cell_link_opens_the_scenarios_entry_in_the_combined_report() {
        RunResults run = runs.get(runs.size() - 1).results();
        ScenarioResult scenario = run.scenarios().stream().filter(s -> s.allureHistoryId().isPresent()).findFirst()
                .orElseThrow(() -> new AssertionError(run.file() + " has no scenario with an Allure history id"));
        String link = AllureLinks.to(combinedReport, comparisonPage.getParent()).of(scenario).orElseThrow(
                () -> new AssertionError("no entry for " + scenario.id() + " of " + run.backend().id() + " in " + combinedReport));
        RenderedPage entry = new RenderedPage("combined-entry", chromium.screenshotAndDumpDom(
                comparisonPage.getParent().toUri().resolve(link), screenshots.resolve("combined-entry.png")), screenshots);

        entry.shows(escape(scenario.name()), "the scenario name").shows(run.backend().id(), "the backend");
    }

    @Test
    void the_combined_report_counts_every_scenario_of_every_backend() {
        RenderedPage overview = new RenderedPage("combined-overview",
                chromium.screenshotAndDumpDom(combinedReport.toUri(), screenshots.resolve("combined-overview.png")), screenshots);

        Matcher total = TOTAL.matcher(overview.dom());
        assertThat(total.find()).as("the overview's total of test cases (DOM in %s)", overview.saved()).isTrue();
        // One test case per history id: two runs of one backend share them (Allure shows the later as a retry).
        assertThat(Integer.parseInt(total.group(1))).as("test cases in the combined report")
                .isEqualTo((int) runs.stream().flatMap(r -> r.results().scenarios().stream())
                        .map(s -> s.allureHistoryId().orElse(s.id())).distinct().count());
        List<AllureTestCase> cases = AllureReportIndex.read(combinedReport).testCases();
        for (RunDirectory run : runs) {
            String id = run.results().backend().id();
            overview.shows(escape(run.results().backend().product()), "the environment row of backend " + id);
            assertThat(run.results().scenarios()).as("scenarios of %s in the combined report", id)
                    .allSatisfy(s -> assertThat(cases).extracting(AllureTestCase::historyId).contains(s.allureHistoryId().orElse("?")));
        }
    }

    private static String property(String name, String what) {
        String value = System.getProperty(name, "");
        if (value.isBlank()) {
            fail("system property " + name + " (the " + what + ") is not set; run with -Pconformance");
        }
        return value;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
