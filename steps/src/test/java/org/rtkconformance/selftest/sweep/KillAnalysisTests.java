package org.rtkconformance.selftest.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.rtkconformance.reference.ReferenceBackendProvider;
import org.rtkconformance.reference.rules.ReferenceRules;
import org.rtkconformance.selftest.mutants.Mutant;
import org.rtkconformance.steps.results.ResultClass;

/** The kill rule: only a FAIL of a scenario of the mutant's own statement, naming it, is a kill by that statement. */
class KillAnalysisTests {

    private static Mutant violating(String target) {
        return new Mutant("mutant:example", target, "an example", Optional.empty(),
                ReferenceBackendProvider.withRules("mutant:example", ReferenceRules.defaults()));
    }

    private static ScenarioOutcome outcome(ResultClass result, String message, String... tags) {
        return new ScenarioOutcome("example.feature:1 a scenario", List.of(tags), result, message);
    }

    @Test
    void should_count_a_kill_by_own_statement_when_its_scenario_fails_naming_it() {
        // GIVEN
        ScenarioOutcome failed = outcome(ResultClass.FAIL, "[OPEN-NAME-4] not met by backend 'mutant:example'",
                "statement:OPEN-NAME-4", "required");
        // WHEN
        MutantResult result = KillAnalysis.judge(violating("OPEN-NAME-4"), List.of(failed));
        // THEN
        assertThat(result.kill()).isEqualTo(Kill.KILLED_BY_OWN_STATEMENT);
        assertThat(result.ownKillers()).containsExactly("example.feature:1 a scenario");
        assertThat(result.failsByTag()).containsEntry("OPEN-NAME-4", 1);
    }

    @Test
    void should_count_a_kill_elsewhere_when_the_message_names_only_a_longer_id() {
        ScenarioOutcome failed = outcome(ResultClass.FAIL, "[OPEN-NAME-2B] not met", "statement:OPEN-NAME-2",
                "statement:OPEN-NAME-2B");
        assertThat(KillAnalysis.judge(violating("OPEN-NAME-2"), List.of(failed)).kill()).isEqualTo(Kill.KILLED_ELSEWHERE);
    }

    @Test
    void should_count_a_kill_elsewhere_when_another_statements_scenario_fails() {
        ScenarioOutcome failed = outcome(ResultClass.FAIL, "[OPEN-REM-4, CLOSE-1] leak guard", "statement:OPEN-RET-1");
        assertThat(KillAnalysis.judge(violating("OPEN-REM-4"), List.of(failed)).kill()).isEqualTo(Kill.KILLED_ELSEWHERE);
    }

    @Test
    void should_not_count_a_broken_scenario_as_a_kill() {
        ScenarioOutcome broken = outcome(ResultClass.UNRESOLVED, "Precondition failed: OPEN-NAME-4",
                "statement:OPEN-NAME-4");
        MutantResult result = KillAnalysis.judge(violating("OPEN-NAME-4"), List.of(broken));
        assertThat(result.kill()).isEqualTo(Kill.SURVIVED);
        assertThat(result.tally()).contains("UNRESOLVED=1");
    }

    @Test
    void should_count_a_reading_kill_when_a_scenario_pinning_it_fails_naming_one_of_its_statements() {
        ScenarioOutcome failed = outcome(ResultClass.FAIL, "[OPEN-PURPOSE-1] not met", "statement:OPEN-PURPOSE-1",
                "reading:D-6.A");
        ScenarioOutcome otherReading = outcome(ResultClass.FAIL, "[OPEN-PURPOSE-1] not met", "statement:OPEN-PURPOSE-1",
                "reading:D-6.B");
        assertThat(KillAnalysis.judge(violating("D-6.A"), List.of(failed)).kill()).isEqualTo(Kill.KILLED_BY_OWN_STATEMENT);
        assertThat(KillAnalysis.judge(violating("D-6.A"), List.of(otherReading)).kill()).isEqualTo(Kill.KILLED_ELSEWHERE);
    }

    @Test
    void should_name_an_id_only_as_a_whole_id() {
        assertThat(KillAnalysis.names("[OPEN-NAME-2, CREATE-NAME-1] not met", "OPEN-NAME-2")).isTrue();
        assertThat(KillAnalysis.names("[OPEN-NAME-2B] not met", "OPEN-NAME-2")).isFalse();
        assertThat(KillAnalysis.names("[XOPEN-NAME-2] not met", "OPEN-NAME-2")).isFalse();
    }

    @Test
    void should_accept_only_own_kills_or_surviving_declared_gaps() {
        MutantResult killed = KillAnalysis.judge(violating("OPEN-NAME-4"), List.of(outcome(ResultClass.FAIL,
                "[OPEN-NAME-4]", "statement:OPEN-NAME-4")));
        MutantResult survivor = KillAnalysis.judge(violating("OPEN-NAME-4").expectedToSurvive("no scenario yet"),
                List.of(outcome(ResultClass.PASS, "", "statement:OPEN-NAME-4")));
        MutantResult undeclaredSurvivor = KillAnalysis.judge(violating("OPEN-NAME-4"),
                List.of(outcome(ResultClass.PASS, "", "statement:OPEN-NAME-4")));
        assertThat(killed.acceptable()).isTrue();
        assertThat(survivor.acceptable()).isTrue();
        assertThat(undeclaredSurvivor.acceptable()).isFalse();
    }
}
