package org.rtkconformance.reports.rulebook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rtkconformance.reports.Fixtures;
import org.rtkconformance.reports.allure.AllureReportIndex;
import org.rtkconformance.reports.catalog.Catalog;
import org.rtkconformance.reports.catalog.CatalogReader;
import org.rtkconformance.reports.features.FeatureScanner;
import org.rtkconformance.reports.results.RunResultsReader;
import org.rtkconformance.reports.results.ScenarioResult;
import org.rtkconformance.reports.results.Verdict;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RuleBookAssemblerTests {

    @TempDir
    Path dir;

    static RuleBook fixtureBook(Optional<AllureReportIndex> index) {
        Catalog catalog = new CatalogReader().read(Fixtures.CATALOG);
        return new RuleBookAssembler(index, uid -> "../allure/index.html#testresult/" + uid)
                .assemble(catalog, new FeatureScanner().scan(Fixtures.FEATURES),
                        Optional.of(new RunResultsReader().read(Fixtures.RESULTS)));
    }

    @Test
    void each_statement_gets_the_scenarios_whose_tags_name_it_and_their_results() {
        RuleBook book = fixtureBook(Optional.empty());

        StatementEntry name2 = entry(book, "OPEN-NAME-2");
        assertThat(name2.scenarios()).extracting(s -> s.scenario().name())
                .containsExactly("A name of <length> characters", "A 261-character name is truncated");
        ScenarioTrace outline = name2.scenarios().get(0);
        assertThat(outline.results()).extracting(r -> r.result().verdict()).containsExactly(Verdict.PASS, Verdict.FAIL);
        assertThat(name2.status()).isEqualTo(StatementStatus.FAIL);
        assertThat(name2.pinnedReadings("D-8")).containsExactly("D-8.A", "D-8.B");
        assertThat(entry(book, "OPEN-NAME-4").status()).isEqualTo(StatementStatus.PASS);
        assertThat(entry(book, "OPEN-RET-2").status()).isEqualTo(StatementStatus.NOT_VERIFIED);
        assertThat(entry(book, "OPEN-RET-2").rollup().reason())
                .isEqualTo("2 of 2 applicable scenario run(s) did not decide: 1 UNSUPPORTED, 1 UNRESOLVED");
        assertThat(entry(book, "OPEN-REQ-4").status()).isEqualTo(StatementStatus.UNTESTED);
        assertThat(entry(book, "OPEN-SIG-9").status()).isEqualTo(StatementStatus.WITHDRAWN);
    }

    @Test
    void tags_naming_unknown_statements_and_results_of_unknown_scenarios_are_kept_apart() throws IOException {
        Catalog catalog = new CatalogReader().read(Fixtures.CATALOG);
        var run = new RunResultsReader().read(Fixtures.RESULTS);
        ScenarioResult stray = new ScenarioResult("x", "classpath:elsewhere/other.feature", 3, "Other", Optional.empty(),
                "A stray scenario", Optional.empty(), List.of("OPEN-NAME-4"), Optional.empty(), List.of(),
                Optional.empty(), Verdict.PASS, Optional.empty(), 1, Optional.empty());
        var withStray = new org.rtkconformance.reports.results.RunResults(run.file(), run.kitVersion(), run.backend(),
                run.runId(), run.startedAt(), run.finishedAt(),
                java.util.stream.Stream.concat(run.scenarios().stream(), java.util.stream.Stream.of(stray)).toList(), List.of());

        RuleBook book = new RuleBookAssembler(Optional.empty(), uid -> uid)
                .assemble(catalog, new FeatureScanner().scan(Fixtures.FEATURES), Optional.of(withStray));

        assertThat(book.unknownStatements()).containsOnlyKeys("OPEN-NOPE-1");
        assertThat(book.unmatchedResults()).containsExactly(stray);
        assertThat(book.untagged()).isEmpty();
    }

    @Test
    void a_statement_without_scenario_or_reason_is_untraced_and_one_without_results_is_not_verified() throws IOException {
        Path catalogFile = Files.writeString(dir.resolve("catalog.yaml"), """
                statements:
                  - {id: OPEN-NAME-4, section: Name, text: t, kind: documented, strength: required}
                  - {id: OPEN-GAP-1, section: Name, text: t, kind: documented, strength: required}
                """);
        Catalog catalog = new CatalogReader().read(catalogFile);

        RuleBook book = new RuleBookAssembler(Optional.empty(), uid -> uid)
                .assemble(catalog, new FeatureScanner().scan(Fixtures.FEATURES), Optional.empty());

        assertThat(entry(book, "OPEN-NAME-4").status()).isEqualTo(StatementStatus.NOT_VERIFIED);
        assertThat(entry(book, "OPEN-NAME-4").rollup().notRun()).isEqualTo(1);
        assertThat(entry(book, "OPEN-GAP-1").status()).isEqualTo(StatementStatus.UNTRACED);
        assertThat(book.coverage()).containsExactly(new SectionCoverage("Name", 2, 1, 0, 1, 1, 0, 1, 0));
    }

    @Test
    void the_coverage_counts_statements_and_distinct_scenarios_per_section_without_withdrawn_ones() {
        RuleBook book = fixtureBook(Optional.empty());

        assertThat(book.coverage()).containsExactly(
                new SectionCoverage("Purpose", 1, 1, 0, 0, 5, 0, 0, 1),
                new SectionCoverage("Name", 2, 2, 0, 0, 3, 1, 0, 1),
                new SectionCoverage("Return Value", 1, 1, 0, 0, 2, 0, 1, 0),
                new SectionCoverage("Requirements", 1, 0, 1, 0, 0, 0, 0, 0),
                new SectionCoverage("Syntax", 0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(book.total()).isEqualTo(new SectionCoverage("All sections", 5, 4, 1, 0, 5, 1, 1, 2));
    }

    @Test
    void results_link_to_their_allure_entry_by_history_id() throws IOException {
        Path testCases = Files.createDirectories(dir.resolve("report/data/test-cases"));
        Files.writeString(testCases.resolve("u1.json"), "{\"uid\":\"u1\",\"historyId\":\"h-case\",\"name\":\"n\",\"status\":\"passed\"}");

        RuleBook book = fixtureBook(Optional.of(AllureReportIndex.read(dir.resolve("report"))));

        TracedResult traced = entry(book, "OPEN-NAME-4").scenarios().get(0).results().get(0);
        assertThat(traced.allureLink()).contains("../allure/index.html#testresult/u1");
        assertThat(entry(book, "OPEN-NAME-2").scenarios().get(0).results().get(0).allureLink()).isEmpty();
    }

    @Test
    void a_scenario_without_result_counts_as_not_run_unless_it_pins_a_reading_the_backend_does_not_declare() {
        RuleBook book = fixtureBook(Optional.empty());
        var run = book.run().orElseThrow();
        ScenarioTrace declared = entry(book, "OPEN-NAME-2").scenarios().get(0);
        ScenarioTrace undeclared = entry(book, "OPEN-NAME-2").scenarios().get(1);
        ScenarioTrace unrun = new ScenarioTrace(declared.scenario(), List.of());
        ScenarioTrace unrunOther = new ScenarioTrace(undeclared.scenario(), List.of());

        assertThat(RuleBookAssembler.rollup(List.of(unrun), Optional.of(run)).notRun()).isEqualTo(1);
        assertThat(RuleBookAssembler.rollup(List.of(unrunOther), Optional.of(run)).notApplicable()).isEqualTo(1);
        assertThat(RuleBookAssembler.rollup(List.of(unrunOther), Optional.of(run)).state())
                .isEqualTo(org.rtkconformance.reports.verdict.StatementState.NOT_VERIFIED);
    }

    @Test
    void cucumber_uris_are_matched_to_feature_paths_by_their_end() {
        assertThat(RuleBookAssembler.sameFile("classpath:org/rtkconformance/features/open/name.feature", "open/name.feature")).isTrue();
        assertThat(RuleBookAssembler.sameFile("classpath:name.feature", "name.feature")).isTrue();
        assertThat(RuleBookAssembler.sameFile("file:///x/features/name.feature", "name.feature")).isTrue();
        assertThat(RuleBookAssembler.sameFile("classpath:org/rtkconformance/features/rename.feature", "name.feature")).isFalse();
    }

    private static StatementEntry entry(RuleBook book, String id) {
        Map<String, StatementEntry> byId = new java.util.HashMap<>();
        book.entries().forEach(e -> byId.put(e.statement().id(), e));
        return byId.get(id);
    }
}
