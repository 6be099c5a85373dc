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
        assertThat(matrix.sections().get("Name")).extracting(r -> r.statement().id())
                .containsExactly("OPEN-NAME-4", "OPEN-NAME-2");
        MatrixRow name4 = matrix.sections().get("Name").get(0);
        assertThat(name4.differs()).isTrue();
        assertThat(name4.cells()).extracting(MatrixCell::text).containsExactly("PASS 1/1", "FAIL 1/1");
        assertThat(matrix.differences()).isEqualTo(2);
    }

    @Test
    void a_statement_whose_scenarios_did_not_run_shows_why_and_one_without_scenarios_a_dash() {
        ComparisonMatrix matrix = ComparisonMatrix.of(CATALOG, runs(), List.of(AllureLinks.none(), AllureLinks.none()));

        assertThat(matrix.sections().get("Return Value").get(0).cells()).extracting(MatrixCell::text)
                .containsExactly("PASS 1/1", "UNSUPPORTED 1/1");
        assertThat(matrix.sections().get("Requirements").get(0).cells()).extracting(MatrixCell::text)
                .containsExactly("-", "-");
    }

    @Test
    void what_ran_decides_a_cell_over_what_was_not_applicable() {
        ComparisonMatrix matrix = ComparisonMatrix.of(CATALOG, runs(), List.of(AllureLinks.none(), AllureLinks.none()));

        // OPEN-NAME-2 in posix: one PASS under D-8.A, one NOT_APPLICABLE under D-8.B.
        assertThat(matrix.sections().get("Name").get(1).cells().get(1).text()).isEqualTo("PASS 1/2");
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
        MatrixRow name4 = matrix.sections().get("Name").get(0);

        assertThat(name4.cells().get(1).link()).contains("../allure/index.html#testresult/u20");
        assertThat(name4.cells().get(0).link()).isEmpty();
        assertThat(new ComparisonHtml().write(matrix))
                .contains("<td class=\"FAIL\"><a href=\"../allure/index.html#testresult/u20\">FAIL 1/1</a></td>")
                .contains("<tr id=\"OPEN-NAME-4\" class=\"diff\">");
        assertThat(new ComparisonMarkdown().write(matrix))
                .contains("| **OPEN-NAME-4** | PASS 1/1 | [FAIL 1/1](../allure/index.html#testresult/u20) |");
    }

    @Test
    void two_runs_of_one_backend_get_numbered_columns() {
        RunResults first = SampleRun.typical("posix").write(dir.resolve("a.json"));
        RunResults second = SampleRun.typical("posix").write(dir.resolve("b.json"));

        assertThat(ComparisonMatrix.of(CATALOG, List.of(first, second), List.of(AllureLinks.none(), AllureLinks.none()))
                .columns()).containsExactly("posix", "posix #2");
    }
}
