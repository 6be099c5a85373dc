package org.rtkconformance.reports.verdict;

import org.junit.jupiter.api.Test;
import org.rtkconformance.reports.Fixtures;
import org.rtkconformance.reports.catalog.Catalog;
import org.rtkconformance.reports.catalog.CatalogReader;
import org.rtkconformance.reports.expectations.Expectations;
import org.rtkconformance.reports.results.RunResults;
import org.rtkconformance.reports.results.RunResultsReader;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verdict on a measured run: the reference declaring no reading at all (steps' UndeclaredReferenceTests
 * writes it; a copy is the fixture). The fingerprint shows what it exhibited; certification refuses it, naming
 * every undeclared ambiguity.
 */
class UndeclaredReferenceVerdictTests {

    private static final Path RUN = Fixtures.ROOT.resolve("undeclared-reference/results.json");
    private static final Catalog CATALOG = new CatalogReader()
            .read(Path.of("../features/src/main/resources/org/rtkconformance/features/catalog.yaml"));
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    private static RunVerdict judge(boolean certification) {
        RunResults run = new RunResultsReader().read(RUN);
        return new VerdictJudge(Optional.of(CATALOG), certification, TODAY).judge(run, Expectations.none("reference"));
    }

    @Test
    void the_fingerprint_shows_the_readings_exhibited_and_every_floor_passes() {
        RunVerdict verdict = judge(false);

        assertThat(verdict.conformant()).as(verdict.reasons().toString()).isTrue();
        assertThat(verdict.fingerprint()).filteredOn(f -> f.shown() == ReadingFingerprint.Shown.SHOWN_NOT_DECLARED)
                .hasSize(22);
        assertThat(verdict.fingerprint()).filteredOn(f -> f.ambiguity().equals("D-14")).singleElement()
                .extracting(ReadingFingerprint::shownText).isEqualTo("shown, not declared: D-14.B");
        // D-2's only scenarios pin D-3.B as well, which the reference does not show: inconclusive, not a FAIL.
        assertThat(verdict.fingerprint()).filteredOn(f -> f.shown() == ReadingFingerprint.Shown.UNDECLARED)
                .extracting(ReadingFingerprint::ambiguity).containsExactly("D-2", "D-20");
        assertThat(verdict.statements()).filteredOn(s -> s.id().startsWith("FLOOR-")).isNotEmpty()
                .allSatisfy(s -> assertThat(s.rollup().state()).as(s.id()).isEqualTo(StatementState.PASS));
    }

    @Test
    void certification_fails_naming_every_undeclared_ambiguity_with_readings() {
        RunVerdict verdict = judge(true);

        List<String> undeclared = IntStream.rangeClosed(1, 24).filter(n -> n != 20).mapToObj(n -> "D-" + n).toList();
        assertThat(verdict.exitCode()).isEqualTo(RunVerdict.EXIT_NON_CONFORMANT);
        assertThat(verdict.certificationFailures()).hasSize(undeclared.size());
        undeclared.forEach(ambiguity -> assertThat(verdict.reasons()).anySatisfy(reason -> assertThat(reason)
                .startsWith("FAIL: certification needs every ambiguity declared; " + ambiguity + " is not (")));
    }
}
