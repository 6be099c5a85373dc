package org.rtkconformance.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rtkconformance.reports.allure.AllureBehaviors;
import org.rtkconformance.reports.catalog.Catalog;
import org.rtkconformance.reports.catalog.CatalogReader;
import org.rtkconformance.reports.compare.AllureLinks;
import org.rtkconformance.reports.compare.ComparisonMatrix;
import org.rtkconformance.reports.compare.MatrixCell;
import org.rtkconformance.reports.expectations.Expectations;
import org.rtkconformance.reports.features.FeatureScanner;
import org.rtkconformance.reports.results.RunResults;
import org.rtkconformance.reports.results.RunResultsReader;
import org.rtkconformance.reports.rulebook.RuleBook;
import org.rtkconformance.reports.rulebook.RuleBookAssembler;
import org.rtkconformance.reports.rulebook.StatementStatus;
import org.rtkconformance.reports.verdict.JudgedStatement;
import org.rtkconformance.reports.verdict.RunVerdict;
import org.rtkconformance.reports.verdict.StatementState;
import org.rtkconformance.reports.verdict.VerdictJson;
import org.rtkconformance.reports.verdict.VerdictJudge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kit's self-test of its roll-up rule: a statement with one scenario that PASSED and one that was
 * UNSUPPORTED (OPEN-RET-2 in the fixture run, once its UNRESOLVED scenario is made to pass) would roll up green
 * under a "one pass is enough" rule. It must be NOT_VERIFIED in every report: the rule book, the verdict (and
 * verdict.json), the comparison and the Allure results. Any report that regresses to its own rule fails here.
 */
class RollupEverywhereTests {

    private static final String STATEMENT = "OPEN-RET-2";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Catalog catalog;
    private RunResults run;

    @BeforeEach
    void aRunWhereOneScenarioOfTheStatementPassedAndTheOtherWasUnsupported() throws IOException {
        ObjectNode results = (ObjectNode) JSON.readTree(Fixtures.RESULTS.toFile());
        results.withArray("scenarios").forEach(s -> {
            if ("h-five".equals(s.path("allureHistoryId").asText())) {
                ((ObjectNode) s).put("result", "PASS").putNull("message");
            }
        });
        Path file = Files.createDirectories(dir.resolve("run/rtk-results")).resolve("results.json");
        JSON.writeValue(file.toFile(), results);
        catalog = new CatalogReader().read(Fixtures.CATALOG);
        run = new RunResultsReader().read(file);
        assertThat(run.scenarios().stream().filter(s -> s.statements().contains(STATEMENT)).map(s -> s.verdict().name()))
                .as("the fixture: one PASS and one UNSUPPORTED scenario of " + STATEMENT)
                .containsExactlyInAnyOrder("PASS", "UNSUPPORTED");
    }

    @Test
    void the_rule_book_shows_it_not_verified() {
        RuleBook book = new RuleBookAssembler(Optional.empty(), uid -> uid)
                .assemble(catalog, new FeatureScanner().scan(Fixtures.FEATURES), Optional.of(run));

        var entry = book.entries().stream().filter(e -> e.statement().id().equals(STATEMENT)).findFirst().orElseThrow();
        assertThat(entry.status()).isEqualTo(StatementStatus.NOT_VERIFIED);
        assertThat(entry.rollup().reason()).isEqualTo("1 of 2 applicable scenario run(s) did not decide: 1 UNSUPPORTED");
    }

    @Test
    void the_verdict_and_verdict_json_show_it_not_verified() throws IOException {
        RunVerdict verdict = new VerdictJudge(Optional.of(catalog), false, LocalDate.of(2026, 11, 27))
                .judge(run, Expectations.none(run.backend().id()));

        JudgedStatement judged = verdict.statements().stream().filter(s -> s.id().equals(STATEMENT)).findFirst().orElseThrow();
        assertThat(judged.rollup().state()).isEqualTo(StatementState.NOT_VERIFIED);
        JsonNode json = JSON.readTree(new VerdictJson().write(verdict));
        JsonNode entry = null;
        for (JsonNode s : json.path("statements")) {
            entry = s.path("id").asText().equals(STATEMENT) ? s : entry;
        }
        assertThat(entry).isNotNull();
        assertThat(entry.path("status").asText()).isEqualTo("NOT_VERIFIED");
        assertThat(entry.path("passed").asInt()).isEqualTo(1);
        assertThat(entry.path("unsupported").asInt()).isEqualTo(1);
    }

    @Test
    void the_comparison_shows_it_not_verified() {
        ComparisonMatrix matrix = ComparisonMatrix.of(catalog, List.of(run, run), List.of(AllureLinks.none(), AllureLinks.none()));

        MatrixCell cell = matrix.sections().get("Return Value").get(0).cells().get(0);
        assertThat(cell.state()).isEqualTo(StatementState.NOT_VERIFIED);
        assertThat(cell.text()).isEqualTo("NOT_VERIFIED 1/2");
    }

    @Test
    void the_allure_results_show_it_not_verified() throws IOException {
        Path allure = Files.createDirectories(dir.resolve("allure-results"));
        try (var files = Files.list(Fixtures.ALLURE_RESULTS)) {
            for (Path f : files.toList()) {
                Files.copy(f, allure.resolve(f.getFileName()));
            }
        }

        new AllureBehaviors(catalog).apply(allure, List.of(run));

        JsonNode passed = JSON.readTree(allure.resolve("00000000-0000-0000-0000-000000000005-result.json").toFile());
        assertThat(passed.path("links").findValuesAsText("name")).contains(STATEMENT
                + ": NOT_VERIFIED 1/2 (1 of 2 applicable scenario run(s) did not decide: 1 UNSUPPORTED)");
        assertThat(passed.path("labels").findValuesAsText("value")).contains(STATEMENT + " NOT_VERIFIED 1/2")
                .noneMatch(v -> v.equals(STATEMENT + " PASS 1/1") || v.startsWith(STATEMENT + " PASS"));
    }
}
