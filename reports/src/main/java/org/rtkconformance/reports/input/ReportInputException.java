package org.rtkconformance.reports.input;

import java.nio.file.Path;

/**
 * A report input (catalog, feature file, results file, Allure results) is missing or malformed. The
 * message names the file and the problem so that a command line can print it as it is, without a trace.
 */
public final class ReportInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public ReportInputException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public ReportInputException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    /** The file the problem is in. */
    public Path file() {
        return file;
    }
}
