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
import org.rtkconformance.reports.results.RunResults;
import org.rtkconformance.reports.results.RunResultsReader;
import org.rtkconformance.reports.results.ScenarioResult;
import org.rtkconformance.reports.results.Verdict;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * Opens the generated reports in headless Chromium as a reader would and checks what they show. Runs in
 * the {@code conformance} profile after the reports were built; the inputs come as system properties.
 * Without Chromium the checks are skipped with the reason, unless {@code -Drtk.require.browser=true}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedReportsInBrowserTests {

    private static final Pattern TOTAL = Pattern.compile("splash__title\">\\s*(\\d+)\\s*<");

    private HeadlessChromium chromium;
    private Path singleFileReport;
    private Path screenshots;
    private RunResults run;
    private AllureReportIndex index;

    @BeforeAll
    void findBrowserAndInputs(@TempDir Path work) {
        var executable = HeadlessChromium.locate();
        if (executable.isEmpty()) {
            String reason = "Chromium not found at " + HeadlessChromium.searched()
                    + "; install it with: apt-get install chromium";
            if (Boolean.getBoolean("rtk.require.browser")) {
                fail(reason + " (required by -Drtk.require.browser=true)");
            }
            abort(reason);
        }
        chromium = new HeadlessChromium(executable.get(), work);
        singleFileReport = existing("rtk.report.single", "single-file Allure report");
        screenshots = Path.of(System.getProperty("rtk.screenshots", "target/screenshots"));
        run = new RunResultsReader().read(existing("rtk.results.json", "results file"));
        index = AllureReportIndex.read(singleFileReport);
    }

    @Test
    void the_overview_shows_the_scenario_count_the_backend_and_the_verdict_categories() {
        chromium.screenshot(singleFileReport.toUri(), screenshots.resolve("allure-overview.png"));
        RenderedPage overview = new RenderedPage("allure-overview", chromium.dumpDom(singleFileReport.toUri()), screenshots);

        Matcher total = TOTAL.matcher(overview.dom());
        assertThat(total.find()).as("the overview's total of test cases (DOM in %s)", overview.saved()).isTrue();
        assertThat(Integer.parseInt(total.group(1))).as("test cases on the overview, against %s", run.file())
                .isEqualTo(run.scenarios().size());
        overview.shows(escapeHtml(run.backend().id()), "the backend in the Environment widget");
        Map<Verdict, String> categories = new EnumMap<>(Map.of(
                Verdict.FAIL, "FAIL: non-conformance", Verdict.UNRESOLVED, "UNRESOLVED: harness or backend broken",
                Verdict.UNSUPPORTED, "UNSUPPORTED: capability or API version not declared",
                Verdict.NOT_APPLICABLE, "NOT_APPLICABLE: reading not declared"));
        run.counts().forEach((verdict, count) -> {
            if (count > 0 && categories.containsKey(verdict)) {
                overview.shows(categories.get(verdict), "the category of " + verdict);
            }
        });
    }

    @Test
    void the_suites_tab_lists_every_feature() {
        RenderedPage suites = new RenderedPage("allure-suites",
                chromium.dumpDom(singleFileReport.toUri().resolve("#suites")), screenshots);

        run.scenarios().stream().map(ScenarioResult::feature).filter(f -> !f.isBlank()).distinct()
                .forEach(feature -> suites.shows(escapeHtml(feature), "feature '" + feature + "'"));
    }

    @Test
    void a_result_of_each_verdict_shows_its_backend_and_links_to_the_rule_book() {
        Map<Verdict, ScenarioResult> oneOfEach = new EnumMap<>(Verdict.class);
        run.scenarios().forEach(s -> oneOfEach.putIfAbsent(s.verdict(), s));
        assertThat(oneOfEach).as("results in " + run.file()).isNotEmpty();

        for (ScenarioResult scenario : oneOfEach.values()) {
            String historyId = scenario.allureHistoryId().orElseThrow(() -> new AssertionError(
                    "scenario '" + scenario.name() + "' in " + run.file() + " has no allureHistoryId"));
            AllureTestCase testCase = index.byHistoryId(historyId).orElseThrow(() -> new AssertionError(
                    "no Allure test case with history id " + historyId + " in " + singleFileReport));
            RenderedPage page = new RenderedPage("allure-result-" + scenario.verdict().name().toLowerCase(java.util.Locale.ROOT),
                    chromium.dumpDom(singleFileReport.toUri().resolve("#testresult/" + testCase.uid())), screenshots);

            page.shows(escapeHtml(scenario.name()), "the scenario name").shows(run.backend().id(), "the backend parameter");
            for (String statement : scenario.statements()) {
                page.shows("href=\"../rulebook/index.html#" + statement + "\"", "a link to statement " + statement
                        + " in the rule book");
            }
        }
        ScenarioResult first = run.scenarios().get(0);
        index.byHistoryId(first.allureHistoryId().orElse("")).ifPresent(testCase -> chromium.screenshot(
                singleFileReport.toUri().resolve("#testresult/" + testCase.uid()),
                screenshots.resolve("allure-result.png")));
    }

    @Test
    void the_rule_book_shows_every_statement_with_its_anchor() {
        Path ruleBook = existing("rtk.rulebook", "rule book");
        Catalog catalog = new CatalogReader().read(existing("rtk.catalog", "statement catalog"));
        chromium.screenshot(ruleBook.toUri(), screenshots.resolve("rulebook.png"));
        RenderedPage page = new RenderedPage("rulebook", chromium.dumpDom(ruleBook.toUri()), screenshots);

        for (Statement statement : catalog.statements()) {
            page.shows("id=\"" + statement.id() + "\"", "the anchor of " + statement.id());
        }
        page.shows(escapeHtml(run.backend().id()), "the backend").shows(escapeHtml(run.runId()), "the run id");
    }

    private static Path existing(String property, String what) {
        String value = System.getProperty(property, "");
        if (value.isBlank()) {
            fail("system property " + property + " (the " + what + ") is not set; run with -Pconformance");
        }
        Path path = Path.of(value);
        if (!Files.isRegularFile(path)) {
            fail(path + ": the " + what + " does not exist; the conformance profile builds it before this check");
        }
        return path;
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
