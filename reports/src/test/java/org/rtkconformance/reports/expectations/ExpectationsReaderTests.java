package org.rtkconformance.reports.expectations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rtkconformance.reports.input.ReportInputException;
import org.rtkconformance.reports.results.Verdict;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExpectationsReaderTests {

    @TempDir
    Path dir;

    private Path file(String yaml) throws IOException {
        return Files.writeString(dir.resolve("posix.yaml"), yaml);
    }

    private static String waiver(String id, String expected, String link, String expires) {
        return "  - id: " + id + "\n    expected: " + expected + "\n    reason: the agent cannot fault a view\n"
                + "    link: " + link + "\n    expires: " + expires + "\n";
    }

    private static final String HEAD = "format: rtk-expectations/1\nbackend: posix\nexpectations:\n";

    @Test
    void reads_every_field_of_every_waiver() throws IOException {
        Expectations expectations = new ExpectationsReader().read(file(HEAD
                + waiver("OPEN-ACCESS-3B", "FAIL", "https://example.org/1", "2027-03-31")
                + waiver("lifecycle.feature:42", "UNRESOLVED", "https://example.org/2", "2027-01-01")));

        assertThat(expectations.backend()).isEqualTo("posix");
        assertThat(expectations.waivers()).hasSize(2);
        Waiver first = expectations.waivers().get(0);
        assertThat(first.target()).isEqualTo("OPEN-ACCESS-3B");
        assertThat(first.namesScenario()).isFalse();
        assertThat(first.expected()).isEqualTo(Verdict.FAIL);
        assertThat(first.reason()).isEqualTo("the agent cannot fault a view");
        assertThat(first.expires()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(expectations.waivers().get(1).namesScenario()).isTrue();
        assertThat(expectations.waivers().get(1).label()).isEqualTo("expectations[1] (lifecycle.feature:42)");
    }

    @Test
    void a_probe_result_is_a_scenario_it_can_waive() throws IOException {
        Waiver probe = new ExpectationsReader().read(file(HEAD
                + waiver("probe:D-12", "FAIL", "https://example.org/3", "2027-01-01"))).waivers().get(0);

        assertThat(probe.namesScenario()).isTrue();
    }

    @Test
    void an_empty_list_is_a_valid_file() throws IOException {
        assertThat(new ExpectationsReader().read(file(HEAD.replace("expectations:\n", "expectations: []\n"))).waivers())
                .isEmpty();
    }

    @Test
    void refuses_another_format() throws IOException {
        Path file = file("format: wpt-metadata\nbackend: posix\nexpectations: []\n");
        assertThatThrownBy(() -> new ExpectationsReader().read(file)).isInstanceOf(ReportInputException.class)
                .hasMessage(file + ": format is 'wpt-metadata'; this kit reads rtk-expectations/1");
    }

    @Test
    void refuses_a_waiver_without_reason() throws IOException {
        Path file = file(HEAD + "  - id: OPEN-NAME-4\n    expected: FAIL\n    link: https://x.org\n    expires: 2027-01-01\n");
        assertThatThrownBy(() -> new ExpectationsReader().read(file))
                .hasMessage(file + ": expectations[0] has no 'reason'");
    }

    @Test
    void refuses_an_id_that_is_neither_statement_nor_scenario() throws IOException {
        Path file = file(HEAD + waiver("open-name-4", "FAIL", "https://x.org", "2027-01-01"));
        assertThatThrownBy(() -> new ExpectationsReader().read(file)).hasMessage(file + ": expectations[0]: id "
                + "'open-name-4' is neither a statement id (OPEN-NAME-7) nor a scenario id (name.feature:112, or a probe's: probe:D-12)");
    }

    @Test
    void refuses_to_waive_a_pass_or_a_skip() throws IOException {
        Path file = file(HEAD + waiver("OPEN-NAME-4", "UNSUPPORTED", "https://x.org", "2027-01-01"));
        assertThatThrownBy(() -> new ExpectationsReader().read(file)).hasMessage(file
                + ": expectations[0] (OPEN-NAME-4): expected is 'UNSUPPORTED'; a waiver accepts FAIL or UNRESOLVED");
    }

    @Test
    void refuses_a_link_that_is_not_an_address() throws IOException {
        Path file = file(HEAD + waiver("OPEN-NAME-4", "FAIL", "see Bob", "2027-01-01"));
        assertThatThrownBy(() -> new ExpectationsReader().read(file))
                .hasMessage(file + ": expectations[0] (OPEN-NAME-4): link 'see Bob' is not an http(s) address");
    }

    @Test
    void refuses_a_date_that_is_not_a_date() throws IOException {
        Path file = file(HEAD + waiver("OPEN-NAME-4", "FAIL", "https://x.org", "next spring"));
        assertThatThrownBy(() -> new ExpectationsReader().read(file)).hasMessage(file
                + ": expectations[0] (OPEN-NAME-4): expires 'next spring' is not a date such as 2027-03-31");
    }

    @Test
    void refuses_the_same_target_twice() throws IOException {
        Path file = file(HEAD + waiver("OPEN-NAME-4", "FAIL", "https://x.org", "2027-01-01")
                + waiver("OPEN-NAME-4", "FAIL", "https://x.org", "2027-01-01"));
        assertThatThrownBy(() -> new ExpectationsReader().read(file))
                .hasMessage(file + ": expectations[1] (OPEN-NAME-4): OPEN-NAME-4 is waived twice");
    }

    @Test
    void a_missing_file_is_named() {
        Path missing = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> new ExpectationsReader().read(missing))
                .hasMessage(missing + ": the expectations file does not exist");
    }
}
