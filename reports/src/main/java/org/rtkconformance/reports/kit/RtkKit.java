package org.rtkconformance.reports.kit;

import org.rtkconformance.reports.cli.ReportCommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code rtk-kit}: the conformance kit as one program (docs/cli.md). Errors follow the report tools'
 * contract ({@link ReportCommandLine}): one line on standard error, never a stack trace.
 */
@Command(name = "rtk-kit", mixinStandardHelpOptions = true, versionProvider = KitVersion.class,
        description = "Conformance kit for RtkOpenSharedMemory (RTX64): runs the suite against a backend, judges "
                + "runs with waivers, compares backends, and makes and checks certification bundles.",
        subcommands = {RunCommand.class, VerdictCommand.class, CompareCommand.class, DiffCommand.class,
                CombineCommand.class, CertifyCommand.class, ValidateCommand.class, StatementsCommand.class,
                RuleBookCommand.class,
                HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:conformant, or the command succeeded",
                "1:non-conformant (diff: a new failure)",
                "2:usage or input error: a bad flag, a missing or malformed file",
                "3:internal error (a bug in the kit)",
                "4:the bundle is invalid (validate)"})
public final class RtkKit implements Callable<Integer> {

    /** Conformant, or the command did what it was asked. */
    public static final int EXIT_OK = 0;
    /** Non-conformant; for diff, the newer run has a new failure. */
    public static final int EXIT_NON_CONFORMANT = 1;
    /** A bad flag, or an input missing or malformed. */
    public static final int EXIT_BAD_INPUT = ReportCommandLine.EXIT_BAD_INPUT;
    /** The kit itself failed. */
    public static final int EXIT_BUG = ReportCommandLine.EXIT_BUG;
    /** validate found the bundle incomplete or tampered with. */
    public static final int EXIT_BUNDLE_INVALID = 4;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        ReportCommandLine.runAndExit(new RtkKit(), args);
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "name a command: run, verdict, compare, diff, combine, "
                + "certify, validate, statements or rulebook (rtk-kit --help)");
    }
}
