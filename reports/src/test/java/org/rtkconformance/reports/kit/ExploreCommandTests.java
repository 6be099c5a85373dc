package org.rtkconformance.reports.kit;

import org.junit.jupiter.api.Test;
import org.rtkconformance.reports.cli.ReportCommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code rtk-kit explore} in-process: a clean exploration, replayable output, and precise usage errors. */
class ExploreCommandTests {

    private final ReportCommandLine line = new ReportCommandLine();

    private int kit(String... args) {
        return line.run(new RtkKit(), args);
    }

    @Test
    void the_reference_explored_against_itself_shows_no_divergence() {
        assertThat(kit("explore", "--backend", "reference", "--seed", "1,2", "--operations", "2000")).isZero();
        assertThat(line.out()).contains("explore: backend=reference seed=1 operations=2000", "seed=2 operations=2000",
                "divergence=none");
    }

    @Test
    void without_a_seed_a_fresh_one_is_drawn_and_printed() {
        assertThat(kit("explore", "--operations", "100")).isZero();
        assertThat(line.out()).containsPattern("seeds \\[-?\\d+]");
    }

    @Test
    void bad_budgets_and_backends_are_one_line_errors() {
        assertThat(kit("explore", "--operations", "0")).isEqualTo(2);
        assertThat(line.err()).contains("--operations is at least 1, not 0").doesNotContain("\tat ");
        ReportCommandLine other = new ReportCommandLine();
        assertThat(other.run(new RtkKit(), "explore", "--backend", "nope")).isEqualTo(2);
        assertThat(other.err()).contains("--backend nope: no such backend; available:").doesNotContain("\tat ");
        ReportCommandLine third = new ReportCommandLine();
        assertThat(third.run(new RtkKit(), "explore", "--seed", "abc")).isEqualTo(2);
        assertThat(third.err()).contains("--seed").doesNotContain("\tat ");
    }
}
