package org.rtkconformance.reports.compare;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rtkconformance.reports.input.ReportInputException;
import org.rtkconformance.reports.results.RunResults;
import org.rtkconformance.reports.verdict.SampleRun;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunDiffTests {

    @TempDir
    Path dir;

    @Test
    void sorts_changes_into_new_failures_fixes_readings_and_the_rest() {
        RunResults before = new SampleRun("posix", Map.of("D-8", "D-8.A", "D-6", "D-6.A"))
                .scenario(10, "opens", "required", "PASS", "OPEN-PURPOSE-1")
                .scenario(20, "case", "required", "FAIL", "OPEN-NAME-4")
                .scenario(30, "long", "interpretation", "PASS", "OPEN-NAME-2", "D-8.A")
                .scenario(40, "gone", "required", "PASS", "OPEN-NAME-4")
                .write(dir.resolve("before.json"));
        // The lines moved by 5: scenarios are matched by name, not by line.
        RunResults after = new SampleRun("posix", Map.of("D-8", "D-8.B"))
                .scenario(15, "opens", "required", "UNRESOLVED", "OPEN-PURPOSE-1")
                .scenario(25, "case", "required", "PASS", "OPEN-NAME-4")
                .scenario(35, "long", "interpretation", "NOT_APPLICABLE", "OPEN-NAME-2", "D-8.A")
                .scenario(55, "new", "bounded", "FAIL", "OPEN-RET-2")
                .write(dir.resolve("after.json"));

        RunDiff diff = RunDiff.of(before, after);

        assertThat(diff.newFailures()).extracting(c -> c.after().name() + ": " + c.transition())
                .containsExactly("opens: PASS -> UNRESOLVED", "new: (new) -> FAIL");
        assertThat(diff.fixes()).extracting(c -> c.after().name()).containsExactly("case");
        assertThat(diff.otherChanges()).extracting(RunDiff.Change::transition).containsExactly("PASS -> NOT_APPLICABLE");
        assertThat(diff.added()).extracting(s -> s.name()).containsExactly("new");
        assertThat(diff.removed()).extracting(s -> s.name()).containsExactly("gone");
        assertThat(diff.readings()).containsExactly("D-6: D-6.A -> none", "D-8: D-8.A -> D-8.B");
        assertThat(diff.regressed()).isTrue();
        assertThat(new RunDiffMarkdown().write(diff)).contains("2 new failure(s), 1 fix(es), 2 changed reading(s)")
                .contains("| name.feature:15 opens | PASS -> UNRESOLVED | UNRESOLVED: what happened |");
    }

    @Test
    void two_identical_runs_have_no_difference() {
        RunResults run = SampleRun.typical("posix").write(dir.resolve("a.json"));

        RunDiff diff = RunDiff.of(run, SampleRun.typical("posix").write(dir.resolve("b.json")));

        assertThat(diff.regressed()).isFalse();
        assertThat(diff.fixes()).isEmpty();
        assertThat(diff.otherChanges()).isEmpty();
        assertThat(diff.readings()).isEmpty();
    }

    @Test
    void refuses_runs_of_two_backends() {
        RunResults reference = SampleRun.typical("reference").write(dir.resolve("r.json"));
        RunResults posix = SampleRun.typical("posix").write(dir.resolve("p.json"));

        assertThatThrownBy(() -> RunDiff.of(reference, posix)).isInstanceOf(ReportInputException.class)
                .hasMessageContaining("is a run of backend 'posix' but").hasMessageContaining("is of 'reference'");
    }
}
