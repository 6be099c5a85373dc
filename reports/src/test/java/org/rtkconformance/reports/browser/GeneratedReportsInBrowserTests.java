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

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

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
        chromium = HeadlessChromium.startOrSkip(work);
        singleFileReport = existing("rtk.report.single", "single-file Allure report");
        screenshots = Path.of(System.getProperty("rtk.screenshots", "target/screenshots"));
        run = new RunResultsReader().read(existing("rtk.results.json", "results file"));
        index = AllureReportIndex.read(singleFileReport);
    }

    @Test
    void the_overview_shows_the_scenario_count_the_backend_and_the_verdict_categories() {
        RenderedPage overview = render("allure-overview", singleFileReport.toUri());

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
        RenderedPage suites = render("allure-suites", singleFileReport.toUri().resolve("#suites"));

        run.scenarios().stream().map(ScenarioResult::feature).filter(f -> !f.isBlank()).distinct()
                .forEach(feature -> suites.shows(escapeHtml(feature), "feature '" + feature + "'"));
    }

    @Test
    void the_worst_result_shows_its_backend_and_links_its_statements_to_the_rule_book() {
        // One result page only: each page load costs a Chromium start. The worst verdict is the one a reader opens.
        ScenarioResult worst = run.scenarios().stream().min(Comparator.comparing(ScenarioResult::verdict))
                .orElseThrow(() -> new AssertionError(run.file() + " lists no scenario"));
        String historyId = worst.allureHistoryId().orElseThrow(() -> new AssertionError(
                "scenario '" + worst.name() + "' in " + run.file() + " has no allureHistoryId"));
        AllureTestCase testCase = index.byHistoryId(historyId).orElseThrow(() -> new AssertionError(
                "no Allure test case with history id " + historyId + " in " + singleFileReport));

        RenderedPage page = render("allure-result", singleFileReport.toUri().resolve("#testresult/" + testCase.uid()));

        page.shows(escapeHtml(worst.name()), "the scenario name").shows(run.backend().id(), "the backend parameter");
        var rollups = org.rtkconformance.reports.allure.AllureBehaviors.rollups(run);
        for (String statement : worst.statements()) {
            page.shows("href=\"../rulebook/index.html#" + statement + "\"", "a link to statement " + statement
                    + " in the rule book");
            page.shows(statement + ": " + rollups.get(statement).text(), "the state of " + statement + " under the roll-up rule");
        }
    }

    @Test
    void the_behaviors_tab_groups_by_page_section_first() {
        RenderedPage behaviors = render("allure-behaviors", singleFileReport.toUri().resolve("#behaviors"));

        run.scenarios().stream().map(ScenarioResult::feature).filter(f -> !f.isBlank()).distinct()
                .forEach(section -> behaviors.shows(escapeHtml(section), "section '" + section + "'"));
        assertThat(behaviors.dom()).as("outline rows named by their values, not numbered (DOM in %s)", behaviors.saved())
                .doesNotContainPattern("Example #\\d+\\.\\d+");
    }

    @Test
    void the_rule_book_shows_every_statement_with_its_anchor() {
        Path ruleBook = existing("rtk.rulebook", "rule book");
        Catalog catalog = new CatalogReader().read(existing("rtk.catalog", "statement catalog"));
        RenderedPage page = render("rulebook", ruleBook.toUri());

        for (Statement statement : catalog.statements()) {
            page.shows("id=\"" + statement.id() + "\"", "the anchor of " + statement.id());
        }
        page.shows(escapeHtml(run.backend().id()), "the backend").shows(escapeHtml(run.runId()), "the run id");
    }

    /** Loads {@code page} once: {@code <name>.png} and {@code <name>.dom.html} land in the screenshots directory. */
    private RenderedPage render(String name, URI page) {
        return new RenderedPage(name, chromium.screenshotAndDumpDom(page, screenshots.resolve(name + ".png")), screenshots);
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
