package org.rtkconformance.reports.cli;

import org.rtkconformance.reports.input.ReportInputException;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Runs a picocli command so that every failure is one line on standard error: bad flags with the usage,
 * unreadable inputs with the file and the problem, anything else as a kit bug with its type and message.
 */
public final class ReportCommandLine {

    /** Inputs missing or malformed, or flags wrong. */
    public static final int EXIT_BAD_INPUT = 2;
    /** The kit itself failed. */
    public static final int EXIT_BUG = 3;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /**
     * Runs {@code command} with {@code args}; what it printed is then in {@link #out()} and {@link #err()}.
     *
     * @return the exit code: 0, the command's own code, {@link #EXIT_BAD_INPUT} or {@link #EXIT_BUG}
     */
    public int run(Object command, String... args) {
        CommandLine line = new CommandLine(command);
        String name = line.getCommandName();
        // picocli's own conversion messages name Java classes ("cannot convert 'x' to class java.time.LocalDate");
        // these say what a value should look like instead.
        line.registerConverter(java.time.LocalDate.class, ReportCommandLine::date);
        line.registerConverter(java.nio.file.Path.class, ReportCommandLine::path);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        line.setParameterExceptionHandler((ex, arguments) -> {
            ex.getCommandLine().getErr().println(name + ": " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return EXIT_BAD_INPUT;
        });
        line.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof ReportInputException) {
                commandLine.getErr().println(name + ": " + ex.getMessage());
                return EXIT_BAD_INPUT;
            }
            commandLine.getErr().println(name + ": internal error (a bug in the kit): " + ex);
            return EXIT_BUG;
        });
        return line.execute(args);
    }

    private static java.time.LocalDate date(String text) {
        try {
            return java.time.LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a date such as 2026-11-27");
        }
    }

    private static java.nio.file.Path path(String text) {
        try {
            return java.nio.file.Path.of(text);
        } catch (java.nio.file.InvalidPathException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a file path: " + e.getReason());
        }
    }

    /** What the command printed on standard output. */
    public String out() {
        return out.toString();
    }

    /** What the command printed on standard error. */
    public String err() {
        return err.toString();
    }

    /**
     * Runs {@code command} as a program: prints what it printed and exits with its code. Inside Maven's JVM
     * (system property {@value #EMBEDDED} true, set by the exec plugin) it throws {@link ReportToolFailure}
     * instead, since System.exit would end Maven itself.
     */
    public static void runAndExit(Object command, String... args) {
        ReportCommandLine line = new ReportCommandLine();
        int code = line.run(command, args);
        System.out.print(line.out());
        System.out.flush();
        System.err.print(line.err());
        System.err.flush();
        if (Boolean.getBoolean(EMBEDDED)) {
            if (code != 0) {
                throw new ReportToolFailure(code, line.err().strip().lines().findFirst().orElse("exit code " + code));
            }
            return;
        }
        System.exit(code);
    }

    /** The system property that says the tools run inside Maven's JVM. */
    public static final String EMBEDDED = "rtk.cli.embedded";

    /** {@code path} absolute and without {@code ..}, so that messages name files plainly; null stays null. */
    public static java.nio.file.Path normalized(java.nio.file.Path path) {
        return path == null ? null : path.toAbsolutePath().normalize();
    }
}
