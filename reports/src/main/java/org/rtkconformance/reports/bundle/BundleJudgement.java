package org.rtkconformance.reports.bundle;

import org.rtkconformance.reports.catalog.Catalog;
import org.rtkconformance.reports.expectations.Expectations;
import org.rtkconformance.reports.results.RunResults;
import org.rtkconformance.reports.verdict.RunVerdict;
import org.rtkconformance.reports.verdict.VerdictJudge;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The one way a bundle's verdict is reached, by certify when it writes the bundle and by validate when it
 * judges the bundle again: certification mode, and the inputs named by their place in the bundle (not by
 * where they lay on the certifying machine), so that the pages come out byte for byte the same.
 */
public final class BundleJudgement {

    private BundleJudgement() {
    }

    /** Judges {@code results} against {@code expectations} and {@code catalog} as of {@code judgedOn}. */
    public static RunVerdict judge(RunResults results, Expectations expectations, Catalog catalog, LocalDate judgedOn) {
        RunResults placed = new RunResults(Path.of(BundleLayout.RESULTS), results.kitVersion(), results.backend(),
                results.runId(), results.startedAt(), results.finishedAt(), results.scenarios(), results.unstable());
        Expectations placedExpectations = new Expectations(
                expectations.file().map(f -> Path.of(BundleLayout.EXPECTATIONS)), expectations.backend(), expectations.waivers());
        return new VerdictJudge(Optional.of(catalog), true, judgedOn).judge(placed, placedExpectations);
    }
}
