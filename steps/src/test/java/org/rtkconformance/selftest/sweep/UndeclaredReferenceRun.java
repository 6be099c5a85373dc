package org.rtkconformance.selftest.sweep;

import java.nio.file.Path;

import org.rtkconformance.reference.ReferenceBackendProvider;
import org.rtkconformance.reference.rules.Readings;
import org.rtkconformance.selftest.mutants.UndeclaringProvider;
import org.rtkconformance.steps.results.ConformanceResultsPlugin;

/**
 * The whole suite against the reference with every declaration taken away (issue 9, "no escape by declaring
 * less"), judged as a real run: {@code results.json} lands in {@code <directory>/rtk-results}. Runs in a JVM of
 * its own ({@link SweepFork}) because the kit picks its backend once per JVM.
 */
public final class UndeclaredReferenceRun {

    private UndeclaredReferenceRun() {
    }

    /** {@code args[0]}: the directory to write into. Exit 0 when the suite ran, 2 when it could not. */
    public static void main(String[] args) {
        try {
            Path directory = Path.of(args[0]);
            System.setProperty(ConformanceResultsPlugin.RESULTS_DIR_PROPERTY, directory.resolve("rtk-results").toString());
            SweepDispatchProvider.select(UndeclaringProvider.declaringNothing(
                    ReferenceBackendProvider.withReadings(Readings.defaults())));
            System.out.println("undeclared reference: " + BaselineCheck.tally(SuiteLaunch.conformanceSuiteWithResults().run()));
            System.exit(0);
        } catch (RuntimeException broken) {
            broken.printStackTrace();
            System.exit(2);
        }
    }
}
