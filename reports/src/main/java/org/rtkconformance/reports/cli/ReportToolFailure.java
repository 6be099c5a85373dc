package org.rtkconformance.reports.cli;

/**
 * A report tool ended with a non-zero exit code while running inside Maven's JVM; the message is the
 * tool's own first error line, which Maven shows as the build failure.
 */
public final class ReportToolFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public ReportToolFailure(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    /** The exit code the tool would have ended with. */
    public int exitCode() {
        return exitCode;
    }
}
