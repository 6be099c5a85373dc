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

    /**
     * An input that is not a file is wrong: a flag's value, a setting, a backend that cannot start.
     *
     * @param subject what is wrong, as the user gave it ({@code --backend agent}, {@code -s timeoutMillis})
     */
    public ReportInputException(String subject, String problem) {
        super(subject + ": " + problem);
        this.file = null;
    }

    /** The file the problem is in, or null when the input is not a file. */
    public Path file() {
        return file;
    }
}
