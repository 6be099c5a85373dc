package org.rtkconformance.reports.compare;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rtkconformance.reports.Fixtures;
import org.rtkconformance.reports.catalog.Catalog;
import org.rtkconformance.reports.catalog.CatalogReader;
import org.rtkconformance.reports.results.RunResults;
import org.rtkconformance.reports.verdict.SampleRun;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonMatrixTests {

    private static final Catalog CATALOG = new CatalogReader().read(Fixtures.CATALOG);

    @TempDir
    Path dir;

    private List<RunResults> runs() {
        RunResults reference = new SampleRun("reference", Map.of("D-8", "D-8.A"))
                .scenario(10, "Opening an existing object", "required", "PASS", "OPEN-PURPOSE-1")
                .scenario(20, "Names are case-insensitive", "required", "PASS", "OPEN-NAME-4")
                .scenario(30, "A long name is refused", "interpretation", "PASS", "OPEN-NAME-2", "D-8.A")
                .scenario(50, "One of the five codes", "bounded", "PASS", "OPEN-RET-2")
                .write(dir.resolve("reference/rtk-results/results.json"));
        RunResults posix = SampleRun.typical("posix").write(dir.resolve("posix/rtk-results/results.json"));
        return List.of(reference, posix);
    }

    @Test
    void rows_follow_the_sections_with_the_differing_statements_first() {
        ComparisonMatrix matrix = ComparisonMatrix.of(CATALOG, runs(), List.of(AllureLinks.none(), AllureLinks.none()));

        assertThat(matrix.columns()).containsExactly("reference", "posix");
        assertThat(matrix.sections().keySet()).containsExactly("Purpose", "Name", "Return Value", "Requirements");
        // Both Name statements differ (OPEN-NAME-2 only in its NOT_APPLICABLE count), so they keep catalog order.
        assertThat(matrix.sections().get("Name")).extracting(r -> r.statement().id())
                .containsExactly("OPEN-NAME-2", "OPEN-NAME-4");
        MatrixRow name4 = matrix.sections().get("Name").get(1);
        assertThat(name4.differs()).isTrue();
        assertThat(name4.cells()).extracting(MatrixCell::text).containsExactly("PASS 1/1", "FAIL 1/1");
        assertThat(matrix.sections().get("Purpose").get(0).differs()).isFalse();
        assertThat(matrix.differences()).isEqualTo(3);
    }

    @Test
    void a_statement_whose_scenarios_did_not_run_is_not_verified_and_an_untested_one_says_so() {
        ComparisonMatrix matrix = ComparisonMatrix.of(CATALOG, runs(), List.of(AllureLinks.none(), AllureLinks.none()));

        MatrixRow ret2 = matrix.sections().get("Return Value").get(0);
        assertThat(ret2.cells()).extracting(MatrixCell::text).containsExactly("PASS 1/1", "NOT_VERIFIED 1/1");
        assertThat(ret2.cells().get(1).countsText()).isEqualTo("1 UNSUPPORTED");
        assertThat(ret2.cells().get(1).rollup().reason())
                .isEqualTo("1 of 1 applicable scenario run(s) did not decide: 1 UNSUPPORTED");
        assertThat(matrix.sections().get("Requirements").get(0).cells()).extracting(MatrixCell::text)
                .containsExactly("UNTESTED", "UNTESTED");
        assertThat(matrix.statementCounts(1)).containsEntry(org.rtkconformance.reports.verdict.StatementState.NOT_VERIFIED, 1)
                .containsEntry(org.rtkconformance.reports.verdict.StatementState.FAIL, 1)
                .containsEntry(org.rtkconformance.reports.verdict.StatementState.UNTESTED, 1);
        String html = new ComparisonHtml().write(matrix);
        assertThat(html).contains("id=\"legend\"").contains("untested: The consequence of a call above PASSIVE_LEVEL");
    }

    @Test
    void a_difference_in_any_class_count_is_flagged_even_when_the_states_agree() {
        RunResults one = new SampleRun("a", Map.of())
                .scenario(50, "One of the five codes", "bounded", "UNSUPPORTED", "OPEN-RET-2")
                .scenario(60, "Another code", "bounded", "PASS", "OPEN-RET-2").write(dir.resolve("a.json"));
        RunResults two = new SampleRun("b", Map.of())
                .scenario(50, "One of the five codes", "bounded", "UNRESOLVED", "OPEN-RET-2")
                .scenario(60, "Another code", "bounded", "PASS", "OPEN-RET-2").write(dir.resolve("b.json"));

        MatrixRow ret2 = ComparisonMatrix.of(CATALOG, List.of(one, two), List.of(AllureLinks.none(), AllureLinks.none()))
                .sections().get("Return Value").get(0);

        assertThat(ret2.cells()).extracting(MatrixCell::text).containsExactly("NOT_VERIFIED 1/2", "NOT_VERIFIED 1/2");
        assertThat(ret2.differs()).isTrue();
    }

    @Test
    void readings_come_in_natural_order() {
        RunResults run = new SampleRun("a", Map.of("D-10", "D-10.A", "D-2", "D-2.B", "D-1", "D-1.A"))
                .scenario(50, "One of the five codes", "bounded", "PASS", "OPEN-RET-2").write(dir.resolve("a.json"));

        ComparisonMatrix matrix = ComparisonMatrix.of(CATALOG, List.of(run, run), List.of(AllureLinks.none(), AllureLinks.none()));

        assertThat(matrix.ambiguities()).containsSubsequence("D-1", "D-2", "D-10");
    }

    @Test
    void what_ran_decides_a_cell_over_what_was_not_applicable() {
        ComparisonMatrix matrix = ComparisonMatrix.of(CATALOG, runs(), List.of(AllureLinks.none(), AllureLinks.none()));

        // OPEN-NAME-2 in posix: one PASS under D-8.A, one NOT_APPLICABLE under D-8.B, which does not apply.
        assertThat(matrix.sections().get("Name").get(0).cells().get(1).text()).isEqualTo("PASS 1/1");
    }

    @Test
    void cells_link_to_the_allure_entry_of_the_deciding_scenario() throws IOException {
        Path report = dir.resolve("allure/index.html");
        Files.createDirectories(report.getParent());
        String testCase = Base64.getEncoder().encodeToString(
                "{\"uid\":\"u20\",\"historyId\":\"hid-posix-20\",\"name\":\"Names\",\"status\":\"failed\"}"
                        .getBytes(StandardCharsets.UTF_8));
        Files.writeString(report, "<html><script>d('data/test-cases/u20.json','" + testCase + "')</script></html>");
        Path pages = dir.resolve("compare");

        ComparisonMatrix matrix = ComparisonMatrix.of(CATALOG, runs(), List.of(AllureLinks.none(), AllureLinks.to(report, pages)));
        MatrixRow name4 = matrix.sections().get("Name").get(1);

        assertThat(name4.cells().get(1).link()).contains("../allure/index.html#testresult/u20");
        assertThat(name4.cells().get(0).link()).isEmpty();
        assertThat(new ComparisonHtml().write(matrix))
                .contains("<a href=\"../allure/index.html#testresult/u20\">FAIL 1/1</a>")
                .contains("<tr id=\"OPEN-NAME-4\" class=\"diff\"><td class=\"flag\">≠</td>");
        assertThat(new ComparisonMarkdown().write(matrix))
                .contains("| ≠ **OPEN-NAME-4** | PASS 1/1 (1 PASS) | [FAIL 1/1](../allure/index.html#testresult/u20) (1 FAIL) |");
    }

    @Test
    void two_runs_of_one_backend_get_numbered_columns() {
        RunResults first = SampleRun.typical("posix").write(dir.resolve("a.json"));
        RunResults second = SampleRun.typical("posix").write(dir.resolve("b.json"));

        assertThat(ComparisonMatrix.of(CATALOG, List.of(first, second), List.of(AllureLinks.none(), AllureLinks.none()))
                .columns()).containsExactly("posix", "posix #2");
    }
}
