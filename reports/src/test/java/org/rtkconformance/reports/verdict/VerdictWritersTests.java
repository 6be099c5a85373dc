package org.rtkconformance.reports.verdict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rtkconformance.reports.expectations.Expectations;
import org.rtkconformance.reports.expectations.Waiver;
import org.rtkconformance.reports.results.Verdict;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class VerdictWritersTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;

    private RunVerdict verdict() {
        Waiver waiver = new Waiver("OPEN-NAME-4", Verdict.FAIL, "case-sensitive <names>", "https://example.org/7",
                TODAY, 0);
        return new VerdictJudge(Optional.empty(), false, TODAY).judge(SampleRun.typical("posix")
                .write(dir.resolve("results.json")), new Expectations(Optional.empty(), "posix", List.of(waiver)));
    }

    @Test
    void json_carries_verdict_counts_profiles_fingerprint_and_waivers() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new VerdictJson().write(verdict()));

        assertThat(json.path("format").asText()).isEqualTo("rtk-verdict/1");
        assertThat(json.path("verdict").asText()).isEqualTo("CONFORMANT");
        assertThat(json.path("exitCode").asInt()).isZero();
        assertThat(json.path("counts").path("XFAIL").asInt()).isEqualTo(1);
        assertThat(json.path("countsByStrength").path("required").path("PASS").asInt()).isEqualTo(1);
        assertThat(json.path("profiles").path("core").path("status").asText()).isEqualTo("PARTIAL");
        assertThat(json.path("fingerprint").get(0).path("shown").asText()).isEqualTo("declared D-8.A (confirmed)");
        assertThat(json.path("scenarios").get(1).path("outcome").asText()).isEqualTo("XFAIL");
        assertThat(json.path("scenarios").get(1).path("link").asText()).isEqualTo("https://example.org/7");
        // Without a catalog the statements are those the run's tags name, in the order they first appear.
        assertThat(json.path("statements")).extracting(s -> s.path("id").asText() + " " + s.path("status").asText())
                .containsExactly("OPEN-PURPOSE-1 PASS", "OPEN-NAME-4 FAIL", "OPEN-NAME-2 PASS", "OPEN-RET-2 NOT_VERIFIED");
        JsonNode ret2 = json.path("statements").get(3);
        assertThat(ret2.path("applicable").asInt()).isEqualTo(1);
        assertThat(ret2.path("unsupported").asInt()).isEqualTo(1);
        assertThat(ret2.path("reason").asText()).isEqualTo("1 of 1 applicable scenario run(s) did not decide: 1 UNSUPPORTED");
        assertThat(json.path("statements").get(2).path("notApplicable").asInt()).isEqualTo(1);
        assertThat(json.path("statementCounts").path("NOT_VERIFIED").asInt()).isEqualTo(1);
    }

    @Test
    void markdown_lists_the_counts_the_profiles_and_the_waived_scenario() {
        String md = new VerdictMarkdown().write(verdict());

        assertThat(md).startsWith("# Verdict: CONFORMANT, with 1 failure waived by its expectations\n")
                .contains("| all | 0 | 0 | 0 | 1 | 1 | 1 | 2 |")
                .contains("| core | PARTIAL |")
                .contains("| D-8 | D-8.A | declared D-8.A (confirmed) |")
                .contains("| name.feature:20 Names are case-insensitive | XFAIL | OPEN-NAME-4: case-sensitive <names> (https://example.org/7) |");
    }

    @Test
    void html_escapes_what_the_backend_and_the_waivers_say() {
        String html = new VerdictHtml().write(verdict());

        assertThat(html).contains("<p id=\"verdict\" class=\"headline CONFORMANT\">CONFORMANT, with 1 failure waived by its expectations</p>")
                .contains("case-sensitive &lt;names&gt;").doesNotContain("<names>")
                .contains("<td class=\"XFAIL\">XFAIL</td>");
        // The verdict comes first, then the statement counts, then what did not run.
        assertThat(html.indexOf("id=\"verdict\"")).isLessThan(html.indexOf("id=\"statement-counts\""));
        assertThat(html.indexOf("id=\"statement-counts\"")).isLessThan(html.indexOf("id=\"not-run\""));
        assertThat(html).contains("<a class=\"rulebook\" href=\"../rulebook/index.html#OPEN-RET-2\">OPEN-RET-2</a>");
    }

    @Test
    void html_links_each_listed_scenario_to_its_allure_entry_when_the_report_holds_it() {
        String html = new VerdictHtml(s -> Optional.of("../allure-report-single/index.html#testresult/" + s.line()))
                .write(verdict());

        assertThat(html).contains("<a class=\"allure\" href=\"../allure-report-single/index.html#testresult/50\">entry</a>")
                .contains("<a class=\"allure\" href=\"../allure-report-single/index.html#testresult/20\">entry</a>");
    }
}
