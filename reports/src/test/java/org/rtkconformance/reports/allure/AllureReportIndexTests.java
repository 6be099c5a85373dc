package org.rtkconformance.reports.allure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rtkconformance.reports.input.ReportInputException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AllureReportIndexTests {

    @TempDir
    Path dir;

    @Test
    void reads_the_test_cases_embedded_in_a_single_file_report() throws IOException {
        String testCase = "{\"uid\":\"c3d6\",\"name\":\"Opening twice\",\"historyId\":\"OPEN-NAME-4/reference\",\"status\":\"failed\"}";
        Path index = Files.writeString(dir.resolve("index.html"), "<script>d('data/suites.json','e30=')\n"
                + "d('data/test-cases/c3d6.json','" + base64(testCase) + "')</script>");

        AllureReportIndex report = AllureReportIndex.read(index);

        assertThat(report.testCases()).containsExactly(new AllureTestCase("c3d6", "OPEN-NAME-4/reference", "Opening twice", "failed"));
        assertThat(report.byHistoryId("OPEN-NAME-4/reference")).map(AllureTestCase::uid).contains("c3d6");
        assertThat(report.byHistoryId("other")).isEmpty();
    }

    @Test
    void reads_the_test_cases_of_a_multi_file_report() throws IOException {
        Path cases = Files.createDirectories(dir.resolve("data/test-cases"));
        Files.writeString(cases.resolve("a1.json"), "{\"uid\":\"a1\",\"historyId\":\"h1\",\"name\":\"n\",\"status\":\"passed\"}");
        Files.writeString(dir.resolve("index.html"), "<html></html>");

        assertThat(AllureReportIndex.read(dir).byHistoryId("h1")).isPresent();
        assertThat(AllureReportIndex.read(dir.resolve("index.html")).byHistoryId("h1")).isPresent();
    }

    @Test
    void a_missing_or_empty_report_and_broken_embedded_data_are_named() throws IOException {
        Path missing = dir.resolve("nowhere/index.html");
        assertThatThrownBy(() -> AllureReportIndex.read(missing)).isInstanceOf(ReportInputException.class)
                .hasMessage(missing + ": the Allure report does not exist; generate it first");

        Path empty = Files.writeString(dir.resolve("empty.html"), "<html></html>");
        assertThatThrownBy(() -> AllureReportIndex.read(empty)).hasMessage(empty + ": the Allure report holds no test case");

        Path broken = Files.writeString(dir.resolve("broken.html"), "d('data/test-cases/x1.json','" + base64("{not json") + "')");
        assertThatThrownBy(() -> AllureReportIndex.read(broken))
                .hasMessageStartingWith(broken + ": embedded test case x1 is not base64-encoded JSON");
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
