package org.rtkconformance.reports.browser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.rtkconformance.reports.Fixtures;
import org.rtkconformance.reports.catalog.Catalog;
import org.rtkconformance.reports.catalog.CatalogReader;
import org.rtkconformance.reports.compare.AllureLinks;
import org.rtkconformance.reports.compare.ComparisonHtml;
import org.rtkconformance.reports.compare.ComparisonMatrix;
import org.rtkconformance.reports.compare.RunDirectory;
import org.rtkconformance.reports.expectations.Expectations;
import org.rtkconformance.reports.features.FeatureScanner;
import org.rtkconformance.reports.results.RunResults;
import org.rtkconformance.reports.results.RunResultsReader;
import org.rtkconformance.reports.rulebook.RuleBookFiles;
import org.rtkconformance.reports.verdict.JudgedStatement;
import org.rtkconformance.reports.verdict.RunVerdict;
import org.rtkconformance.reports.verdict.SampleRun;
import org.rtkconformance.reports.verdict.StatementState;
import org.rtkconformance.reports.verdict.VerdictHtml;
import org.rtkconformance.reports.verdict.VerdictJudge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds the verdict page, the rule book and the comparison page the way the kit does, opens each in headless
 * Chromium, keeps a screenshot and checks what a reader sees: the verdict first and in large type, then the
 * statement counts, then what did not run and why, every listed statement linking to an anchor the rule book
 * has; the comparison's legend, its flagged differences and its readings in natural order. Inputs:
 * {@code -Drtk.compare.runs} (run folders, comma-separated; the first is judged), {@code -Drtk.catalog},
 * {@code -Drtk.features.dir}; without them the kit's test fixtures.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPagesInBrowserTests {

    private static final Pattern RULE_BOOK_LINK = Pattern.compile("href=\"\\.\\./rulebook/index\\.html#([^\"]+)\"");

    private HeadlessChromium chromium;
    private Path screenshots;
    private RunVerdict verdict;
    private ComparisonMatrix matrix;
    private Path verdictPage;
    private Path ruleBookPage;
    private Path comparisonPage;

    @BeforeAll
    void buildThePages(@TempDir Path work) throws IOException {
        chromium = HeadlessChromium.startOrSkip(work);
        screenshots = Path.of(System.getProperty("rtk.screenshots", "target/screenshots"));
        Catalog catalog = new CatalogReader().read(Path.of(System.getProperty("rtk.catalog", Fixtures.CATALOG.toString())));
        Path features = Path.of(System.getProperty("rtk.features.dir", Fixtures.FEATURES.toString()));
        List<RunResults> runs = runs(work);

        // Laid out as a run folder: verdict/ and rulebook/ side by side, so that the page's relative links resolve.
        Path pages = Path.of(System.getProperty("rtk.pages.out", "target/pages")).toAbsolutePath();
        verdict = new VerdictJudge(Optional.of(catalog), false, LocalDate.now())
                .judge(runs.get(0), Expectations.none(runs.get(0).backend().id()));
        verdictPage = write(pages.resolve("verdict/verdict.html"), new VerdictHtml().write(verdict));
        RuleBookFiles.write(catalog, new FeatureScanner().scan(features), Optional.of(runs.get(0)), Optional.empty(),
                pages.resolve("rulebook"));
        ruleBookPage = pages.resolve("rulebook/index.html");
        matrix = ComparisonMatrix.of(catalog, runs, runs.stream().map(r -> AllureLinks.none()).toList());
        comparisonPage = write(pages.resolve("compare/comparison.html"), new ComparisonHtml().write(matrix));
    }

    @Test
    void the_verdict_page_leads_with_the_verdict_then_the_counts_then_what_did_not_run() throws IOException {
        RenderedPage page = render("verdict", verdictPage);

        String dom = page.dom();
        page.shows("class=\"headline " + verdict.title() + "\">" + verdict.headline() + "</p>", "the verdict as the headline");
        assertThat(dom.indexOf("id=\"verdict\"")).as("the verdict before the statement counts (DOM in %s)", page.saved())
                .isLessThan(dom.indexOf("id=\"statement-counts\""));
        assertThat(dom.indexOf("id=\"statement-counts\"")).as("the counts before what did not run").isLessThan(dom.indexOf("id=\"not-run\""));
        verdict.statementCounts().forEach((state, count) -> page.shows(state + " " + count, "the count of " + state));
        for (JudgedStatement s : verdict.statements()) {
            if (s.rollup().state() == StatementState.NOT_VERIFIED) {
                page.shows(escape(s.rollup().reason()), "why " + s.id() + " is not verified");
            }
        }
        verdict.fingerprint().forEach(f -> verdict.catalog().flatMap(c -> c.ambiguity(f.ambiguity()))
                .ifPresent(a -> page.shows(escape(f.ambiguity() + ": " + a.title()), "the title of " + f.ambiguity())));
        String ruleBook = Files.readString(ruleBookPage);
        Matcher links = RULE_BOOK_LINK.matcher(dom);
        int count = 0;
        while (links.find()) {
            count++;
            assertThat(ruleBook).as("the rule book anchor the verdict page links to").contains("id=\"" + links.group(1) + "\"");
        }
        assertThat(count).as("links from the verdict page to the rule book").isPositive();
    }

    @Test
    void the_rule_book_page_shows_each_statements_state_and_why_it_is_not_verified() {
        RenderedPage page = render("rulebook-page", ruleBookPage);

        page.shows("<th>Statements</th>", "the statement counts of the run");
        for (JudgedStatement s : verdict.statements()) {
            page.shows("id=\"" + s.id() + "\"", "the anchor of " + s.id());
        }
        page.shows("class=\"why\"", "the reason under a statement that is not PASS");
    }

    @Test
    void the_comparison_page_has_a_legend_flags_every_difference_and_orders_readings_naturally() {
        RenderedPage page = render("comparison-page", comparisonPage);

        page.shows("id=\"legend\"", "the legend").shows("PASS 4/4 means", "what a cell's numbers mean");
        for (String column : matrix.columns()) {
            page.shows("<th>" + escape(column) + "</th>", "the column of " + column);
        }
        assertThat(page.dom().split("<td class=\"flag\">≠</td>", -1).length - 1).as("rows flagged ≠ (DOM in %s)", page.saved())
                .isGreaterThanOrEqualTo((int) matrix.differences());
        List<String> ambiguities = matrix.ambiguities();
        for (int i = 1; i < ambiguities.size(); i++) {
            assertThat(page.dom().indexOf("<td>" + ambiguities.get(i - 1))).as("%s before %s", ambiguities.get(i - 1), ambiguities.get(i))
                    .isLessThan(page.dom().indexOf("<td>" + ambiguities.get(i)));
        }
        matrix.catalog().statements().stream().filter(s -> !s.withdrawn()).forEach(s -> s.untestedReason()
                .ifPresent(r -> page.shows("untested: " + escape(r), "the reason " + s.id() + " is untested")));
    }

    /** The runs named by -Drtk.compare.runs, or the fixture run beside a sample posix run. */
    private static List<RunResults> runs(Path work) {
        String named = System.getProperty("rtk.compare.runs", "");
        if (!named.isBlank()) {
            return Arrays.stream(named.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Path::of)
                    .map(RunDirectory::open).map(RunDirectory::results).toList();
        }
        List<RunResults> runs = new ArrayList<>();
        runs.add(new RunResultsReader().read(Fixtures.RESULTS));
        runs.add(SampleRun.typical("posix").write(work.resolve("posix/rtk-results/results.json")));
        return runs;
    }

    private RenderedPage render(String name, Path page) {
        return new RenderedPage(name, chromium.screenshotAndDumpDom(page.toUri(), screenshots.resolve(name + ".png")), screenshots);
    }

    private static Path write(Path file, String html) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, html, StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
