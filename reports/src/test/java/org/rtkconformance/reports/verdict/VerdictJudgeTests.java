package org.rtkconformance.reports.verdict;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rtkconformance.reports.Fixtures;
import org.rtkconformance.reports.catalog.Catalog;
import org.rtkconformance.reports.catalog.CatalogReader;
import org.rtkconformance.reports.expectations.Expectations;
import org.rtkconformance.reports.expectations.Waiver;
import org.rtkconformance.reports.input.ReportInputException;
import org.rtkconformance.reports.results.RunResults;
import org.rtkconformance.reports.results.Verdict;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerdictJudgeTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Catalog CATALOG = new CatalogReader().read(Fixtures.CATALOG);

    @TempDir
    Path dir;

    private RunResults typical() {
        return SampleRun.typical("posix").write(dir.resolve("results.json"));
    }

    private static Waiver waiver(String target, Verdict expected, LocalDate expires) {
        return new Waiver(target, expected, "known bug", "https://example.org/bug/1", expires, 0);
    }

    private static RunVerdict judge(RunResults run, boolean certification, Waiver... waivers) {
        return new VerdictJudge(Optional.of(CATALOG), certification, TODAY)
                .judge(run, new Expectations(Optional.of(Path.of("posix.yaml")), "posix", List.of(waivers)));
    }

    @Test
    void an_unwaived_failure_makes_the_run_non_conformant() {
        RunVerdict verdict = judge(typical(), false);

        assertThat(verdict.conformant()).isFalse();
        assertThat(verdict.exitCode()).isEqualTo(1);
        assertThat(verdict.reasons()).containsExactly("1 scenario(s) FAIL (non-conformance, not waived)");
        assertThat(verdict.counts()).containsEntry(Outcome.PASS, 2).containsEntry(Outcome.FAIL, 1)
                .containsEntry(Outcome.NOT_APPLICABLE, 1).containsEntry(Outcome.UNSUPPORTED, 1);
        assertThat(verdict.byStrength().get("required")).containsEntry(Outcome.PASS, 1).containsEntry(Outcome.FAIL, 1);
        assertThat(verdict.byStrength().get("bounded")).containsEntry(Outcome.UNSUPPORTED, 1);
    }

    @Test
    void a_waived_failure_becomes_xfail_and_the_run_conforms() {
        RunVerdict verdict = judge(typical(), false, waiver("OPEN-NAME-4", Verdict.FAIL, TODAY));

        assertThat(verdict.scenarios()).filteredOn(s -> s.outcome() == Outcome.XFAIL).singleElement()
                .satisfies(s -> assertThat(s.scenario().id()).isEqualTo("name.feature:20"));
        assertThat(verdict.conformant()).as(verdict.reasons().toString()).isTrue();
        assertThat(verdict.profiles()).extracting(ProfileScore::status)
                .containsExactly(ProfileScore.Status.PARTIAL, ProfileScore.Status.SUCCESS);
    }

    @Test
    void a_waiver_expecting_fail_does_not_cover_an_unresolved_scenario() {
        RunResults run = new SampleRun("posix", Map.of())
                .scenario(20, "crashes", "required", "UNRESOLVED", "OPEN-NAME-4").write(dir.resolve("r.json"));

        RunVerdict verdict = judge(run, false, waiver("name.feature:20", Verdict.FAIL, TODAY));

        assertThat(verdict.counts()).containsEntry(Outcome.UNRESOLVED, 1).containsEntry(Outcome.XFAIL, 0);
        assertThat(verdict.conformant()).isFalse();
    }

    @Test
    void a_waived_scenario_that_passes_is_xpass_and_fails_the_run() {
        RunVerdict verdict = judge(typical(), false, waiver("OPEN-NAME-4", Verdict.FAIL, TODAY),
                waiver("name.feature:10", Verdict.FAIL, TODAY));

        assertThat(verdict.counts()).containsEntry(Outcome.XPASS, 1);
        assertThat(verdict.reasons()).containsExactly("1 scenario(s) XPASS (a waived scenario passed: remove its waiver)");
    }

    @Test
    void a_statement_waiver_none_of_whose_scenarios_fails_makes_them_xpass() {
        RunVerdict verdict = judge(typical(), false, waiver("OPEN-NAME-4", Verdict.FAIL, TODAY),
                waiver("OPEN-PURPOSE-1", Verdict.FAIL, TODAY));

        assertThat(verdict.scenarios()).filteredOn(s -> s.outcome() == Outcome.XPASS)
                .extracting(s -> s.scenario().id()).containsExactly("name.feature:10");
        assertThat(verdict.problems()).extracting(WaiverProblem::kind).containsExactly(WaiverProblem.Kind.PASSED);
        assertThat(verdict.conformant()).isFalse();
    }

    @Test
    void an_expired_waiver_fails_the_run_and_waives_nothing() {
        RunVerdict verdict = judge(typical(), false, waiver("OPEN-NAME-4", Verdict.FAIL, TODAY.minusDays(1)));

        assertThat(verdict.counts()).containsEntry(Outcome.FAIL, 1).containsEntry(Outcome.XFAIL, 0);
        assertThat(verdict.reasons()).contains("expectations[0] (OPEN-NAME-4): expired on 2026-11-26 "
                + "(https://example.org/bug/1); fix the backend or renew the waiver with a new reason");
    }

    @Test
    void a_waiver_expiring_today_still_holds() {
        assertThat(judge(typical(), false, waiver("OPEN-NAME-4", Verdict.FAIL, TODAY)).conformant()).isTrue();
    }

    @Test
    void a_waiver_that_names_nothing_fails_the_run() {
        RunVerdict verdict = judge(typical(), false, waiver("OPEN-NAME-4", Verdict.FAIL, TODAY),
                waiver("OPEN-NOPE-9", Verdict.FAIL, TODAY), waiver("name.feature:999", Verdict.FAIL, TODAY));

        assertThat(verdict.reasons()).containsExactly(
                "expectations[0] (OPEN-NOPE-9): no statement of the catalog has id OPEN-NOPE-9",
                "expectations[0] (name.feature:999): no scenario of this run has id name.feature:999");
    }

    @Test
    void a_waiver_on_a_catalog_statement_the_run_does_not_check_is_only_a_notice() {
        RunVerdict verdict = judge(typical(), false, waiver("OPEN-NAME-4", Verdict.FAIL, TODAY),
                waiver("OPEN-REQ-4", Verdict.FAIL, TODAY));

        assertThat(verdict.conformant()).isTrue();
        assertThat(verdict.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(WaiverProblem.Kind.NOT_IN_RUN);
            assertThat(p.blocking()).isFalse();
        });
    }

    @Test
    void certification_mode_refuses_a_waiver_on_a_required_statement() {
        RunVerdict verdict = judge(typical(), true, waiver("OPEN-NAME-4", Verdict.FAIL, TODAY));

        assertThat(verdict.counts()).containsEntry(Outcome.FAIL, 1);
        assertThat(verdict.reasons()).contains("expectations[0] (OPEN-NAME-4): certification mode allows no waiver "
                + "on a required (documented) statement");
    }

    @Test
    void certification_mode_accepts_a_waiver_on_an_interpretation_but_not_the_reading_it_contradicts() {
        RunResults run = new SampleRun("posix", Map.of("D-8", "D-8.A"))
                .scenario(30, "long name", "interpretation", "FAIL", "OPEN-NAME-2", "D-8.A").write(dir.resolve("r.json"));

        RunVerdict certified = judge(run, true, waiver("OPEN-NAME-2", Verdict.FAIL, TODAY));

        assertThat(certified.problems()).isEmpty();
        assertThat(certified.counts()).containsEntry(Outcome.XFAIL, 1);
        assertThat(certified.reasons()).containsExactly(
                "FAIL: the behaviour contradicts the declared reading: D-8 declared D-8.A (contradicted: 1 of 1 failed)");
        assertThat(judge(run, false, waiver("OPEN-NAME-2", Verdict.FAIL, TODAY)).conformant()).isTrue();
    }

    @Test
    void expectations_for_another_backend_are_refused() {
        RunResults run = typical();
        assertThatThrownBy(() -> new VerdictJudge(Optional.empty(), false, TODAY)
                .judge(run, Expectations.none("reference")))
                .isInstanceOf(ReportInputException.class)
                .hasMessageContaining("the expectations are for backend 'reference' but")
                .hasMessageEndingWith("is a run of 'posix'");
    }

    @Test
    void a_run_where_nothing_ran_does_not_conform() {
        RunResults run = new SampleRun("posix", Map.of())
                .scenario(50, "gated", "bounded", "UNSUPPORTED", "OPEN-RET-2").write(dir.resolve("r.json"));

        assertThat(judge(run, false).reasons()).containsExactly("no scenario ran against the backend");
    }

    @Test
    void the_fingerprint_shows_whether_the_declared_reading_held() {
        RunResults run = new SampleRun("posix", Map.of("D-8", "D-8.A", "D-6", "D-6.A", "D-1", "D-1.B"))
                .scenario(30, "long name refused", "interpretation", "PASS", "OPEN-NAME-2", "D-8.A")
                .scenario(31, "long name refused again", "interpretation", "FAIL", "OPEN-NAME-2", "D-8.A")
                .scenario(40, "truncated", "interpretation", "NOT_APPLICABLE", "OPEN-NAME-2", "D-8.B")
                .scenario(60, "never creates", "interpretation", "PASS", "OPEN-PURPOSE-1", "D-6.A")
                .write(dir.resolve("r.json"));

        List<ReadingFingerprint> fingerprint = judge(run, false).fingerprint();

        assertThat(fingerprint).extracting(ReadingFingerprint::ambiguity).containsExactly("D-1", "D-6", "D-8");
        assertThat(fingerprint).extracting(ReadingFingerprint::shownText).containsExactly(
                "declared D-1.B (unobserved: no scenario pinned to it ran)", "declared D-6.A (confirmed)",
                "declared D-8.A (contradicted: 1 of 2 failed)");
    }

    @Test
    void an_ambiguity_without_a_declared_reading_is_shown_as_undeclared() {
        RunResults run = new SampleRun("posix", Map.of())
                .scenario(40, "truncated", "interpretation", "NOT_APPLICABLE", "OPEN-NAME-2", "D-8.B")
                .scenario(10, "opens", "required", "PASS", "OPEN-PURPOSE-1").write(dir.resolve("r.json"));

        assertThat(judge(run, false).fingerprint()).singleElement()
                .satisfies(f -> assertThat(f.shown()).isEqualTo(ReadingFingerprint.Shown.UNDECLARED));
    }

    @Test
    void the_fingerprint_shows_the_readings_probing_observed_of_undeclared_ambiguities() {
        RunResults run = new SampleRun("posix", Map.of("D-8", "D-8.A"))
                .probed("D-6", List.of("D-6.A", "D-6.B"), List.of("D-6.A"))
                .probed("D-12", List.of("D-12.A", "D-12.B"), List.of())
                .scenario(30, "long name refused", "interpretation", "PASS", "OPEN-NAME-2", "D-8.A")
                .scenario(60, "never creates", "interpretation", "PASS", "OPEN-PURPOSE-1", "D-6.A")
                .scenario(61, "creates", "interpretation", "NOT_APPLICABLE", "OPEN-PURPOSE-1", "D-6.B")
                .noneShown("D-12", "D-12.A", "D-12.B")
                .write(dir.resolve("r.json"));

        // Without a catalog: the fixture's has no FLOOR-D12, which the judge would refuse as an unknown statement.
        RunVerdict verdict = new VerdictJudge(Optional.empty(), false, TODAY)
                .judge(run, new Expectations(Optional.of(Path.of("posix.yaml")), "posix", List.of()));

        assertThat(verdict.fingerprint()).extracting(ReadingFingerprint::ambiguity, ReadingFingerprint::shown,
                ReadingFingerprint::shownText).containsExactly(
                org.assertj.core.groups.Tuple.tuple("D-6", ReadingFingerprint.Shown.SHOWN_NOT_DECLARED,
                        "shown, not declared: D-6.A"),
                org.assertj.core.groups.Tuple.tuple("D-8", ReadingFingerprint.Shown.CONFIRMED, "declared D-8.A (confirmed)"),
                org.assertj.core.groups.Tuple.tuple("D-12", ReadingFingerprint.Shown.NONE_SHOWN,
                        "none shown of D-12.A, D-12.B: FAIL of FLOOR-D12"));
        assertThat(verdict.reasons()).containsExactly("1 scenario(s) FAIL (non-conformance, not waived)");
    }

    @Test
    void certification_fails_every_undeclared_ambiguity_and_every_contradicted_reading_by_name() {
        RunResults run = new SampleRun("posix", Map.of("D-8", "D-8.A", "D-1", "D-1.B"))
                .probed("D-6", List.of("D-6.A", "D-6.B"), List.of("D-6.A"))
                .scenario(30, "long name refused", "interpretation", "PASS", "OPEN-NAME-2", "D-8.A")
                .scenario(31, "long name refused again", "interpretation", "FAIL", "OPEN-NAME-2", "D-8.A")
                .scenario(60, "never creates", "interpretation", "PASS", "OPEN-PURPOSE-1", "D-6.A")
                .write(dir.resolve("r.json"));

        RunVerdict certified = judge(run, true, waiver("name.feature:31", Verdict.FAIL, TODAY.plusDays(30)));
        RunVerdict judged = judge(run, false, waiver("name.feature:31", Verdict.FAIL, TODAY.plusDays(30)));

        assertThat(certified.certificationFailures()).containsExactly(
                "FAIL: certification needs every ambiguity declared; D-6 is not (shown, not declared: D-6.A)",
                "FAIL: the behaviour contradicts the declared reading: D-8 declared D-8.A (contradicted: 1 of 2 failed)");
        assertThat(certified.reasons()).containsAll(certified.certificationFailures());
        assertThat(certified.exitCode()).isEqualTo(RunVerdict.EXIT_NON_CONFORMANT);
        // Outside certification the waiver covers the contradiction and the probe is accepted, and says so.
        assertThat(judged.conformant()).isTrue();
        assertThat(judged.headline()).isEqualTo("CONFORMANT, with 1 failure waived by its expectations");
    }

    @Test
    void certification_accepts_a_backend_declaring_every_reading_its_behaviour_confirms() {
        RunResults run = new SampleRun("posix", Map.of("D-8", "D-8.A", "D-6", "D-6.A"))
                .scenario(30, "long name refused", "interpretation", "PASS", "OPEN-NAME-2", "D-8.A")
                .scenario(60, "never creates", "interpretation", "PASS", "OPEN-PURPOSE-1", "D-6.A")
                .write(dir.resolve("r.json"));

        assertThat(judge(run, true).certificationFailures()).isEmpty();
        assertThat(judge(run, true).conformant()).isTrue();
    }

    @Test
    void certification_refuses_a_run_whose_results_changed_between_its_repeats() {
        RunResults run = new SampleRun("posix", Map.of("D-8", "D-8.A", "D-6", "D-6.A"))
                .scenario(30, "long name refused", "interpretation", "PASS", "OPEN-NAME-2", "D-8.A")
                .scenario(60, "never creates", "interpretation", "PASS", "OPEN-PURPOSE-1", "D-6.A")
                .unstable("name.feature:30", "PASS", "FAIL", "PASS")
                .write(dir.resolve("r.json"));

        assertThat(run.unstable()).containsExactly(
                new RunResults.UnstableScenario("name.feature:30", List.of("PASS", "FAIL", "PASS")));
        assertThat(judge(run, true).certificationFailures()).containsExactly("FAIL: certification needs stable results;"
                + " 1 scenario(s) changed result between the repeated runs: name.feature:30 [PASS, FAIL, PASS]");
        assertThat(judge(run, true).exitCode()).isEqualTo(RunVerdict.EXIT_NON_CONFORMANT);
        // Outside certification the run's own exit code already reports the instability (rtk-kit run).
        assertThat(judge(run, false).conformant()).isTrue();
    }
}
