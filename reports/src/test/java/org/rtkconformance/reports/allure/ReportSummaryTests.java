package org.rtkconformance.reports.allure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rtkconformance.reports.Fixtures;
import org.rtkconformance.reports.cli.ReportCommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ReportSummaryTests {

    @TempDir
    Path dir;

    @Test
    void prints_where_the_report_is_and_fails_on_a_fail_or_unresolved_scenario() throws IOException {
        Path report = Files.writeString(dir.resolve("index.html"), "<html></html>");
        ReportCommandLine line = new ReportCommandLine();

        int code = line.run(new ReportSummary(), "--report=" + report, "--results=" + Fixtures.RESULTS);

        assertThat(code).isEqualTo(ReportSummary.EXIT_NON_CONFORMING);
        assertThat(line.out()).contains("rtk-conformance report: " + report.toAbsolutePath())
                .contains("rtk-conformance verdict for backend reference: 1 FAIL, 1 UNRESOLVED, 1 UNSUPPORTED, "
                        + "1 NOT_APPLICABLE, 2 PASS");
        assertThat(line.err()).contains("2 scenario(s) FAIL or UNRESOLVED");
    }

    @Test
    void can_leave_the_verdict_to_someone_else() throws IOException {
        Path report = Files.writeString(dir.resolve("index.html"), "<html></html>");
        ReportCommandLine line = new ReportCommandLine();

        assertThat(line.run(new ReportSummary(), "--report=" + report, "--results=" + Fixtures.RESULTS,
                "--fail-on-nonconformance=false")).isZero();
    }

    @Test
    void a_report_that_was_not_generated_is_named() {
        ReportCommandLine line = new ReportCommandLine();
        Path missing = dir.resolve("allure-report-single/index.html");

        assertThat(line.run(new ReportSummary(), "--report=" + missing)).isEqualTo(ReportCommandLine.EXIT_BAD_INPUT);
        assertThat(line.err()).isEqualTo("report-summary: " + missing + ": the Allure report was not generated"
                + System.lineSeparator());
    }
}
