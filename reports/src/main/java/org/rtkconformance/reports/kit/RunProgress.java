package org.rtkconformance.reports.kit;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.io.PrintStream;

/**
 * Prints one line per scenario as it finishes, {@code [ 12/173] PASS  name.feature:22 Opening ...}, so that a
 * long run shows where it is. The classes are the taxonomy's (docs/architecture.md), decided as the results
 * file decides them.
 */
final class RunProgress implements TestExecutionListener {

    private final PrintStream out;
    private final boolean quiet;
    private long total;
    private long done;
    private long filtered;
    private String containerFailure;

    RunProgress(PrintStream out, boolean quiet) {
        this.out = out;
        this.quiet = quiet;
    }

    /** Why the engine or a feature failed as a whole (Cucumber could not start, a plugin broke), if it did. */
    java.util.Optional<String> containerFailure() {
        return java.util.Optional.ofNullable(containerFailure);
    }

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        total = plan.countTestIdentifiers(TestIdentifier::isTest);
        if (!quiet) {
            out.println("rtk-kit: " + total + " scenarios discovered");
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (!quiet) {
            out.println("rtk-kit: " + done + " scenarios ran" + (filtered == 0 ? "" : ", " + filtered + " left out by --tags"));
        }
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        // Cucumber reports a scenario its tag filter leaves out as skipped: it did not run, so no line.
        if (test.isTest()) {
            filtered++;
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (test.isTest()) {
            done++;
            if (!quiet) {
                print(test, classOf(result));
            }
        } else if (result.getStatus() == TestExecutionResult.Status.FAILED && containerFailure == null) {
            containerFailure = test.getDisplayName() + ": " + result.getThrowable().map(Throwable::toString).orElse("failed");
        }
    }

    private void print(TestIdentifier test, String resultClass) {
        int digits = String.valueOf(Math.max(total, done)).length();
        // Numbered among all discovered: a tag filter leaves gaps.
        out.printf("[%" + digits + "d/%d] %-14s %s%s%n", done + filtered, total, resultClass, place(test), test.getDisplayName());
        out.flush();
    }

    static String classOf(TestExecutionResult result) {
        String message = result.getThrowable().map(Throwable::getMessage).orElse("");
        return switch (result.getStatus()) {
            case SUCCESSFUL -> "PASS";
            case FAILED -> result.getThrowable().filter(AssertionError.class::isInstance).isPresent() ? "FAIL" : "UNRESOLVED";
            case ABORTED -> message != null && message.startsWith("UNSUPPORTED: ") ? "UNSUPPORTED"
                    : message != null && message.startsWith("NOT_APPLICABLE: ") ? "NOT_APPLICABLE" : "UNRESOLVED";
        };
    }

    private static String place(TestIdentifier test) {
        return test.getSource().filter(ClasspathResourceSource.class::isInstance).map(ClasspathResourceSource.class::cast)
                .map(s -> {
                    String name = s.getClasspathResourceName();
                    String file = name.substring(name.lastIndexOf('/') + 1);
                    return file + s.getPosition().map(p -> ":" + p.getLine()).orElse("") + " ";
                }).orElse("");
    }
}
