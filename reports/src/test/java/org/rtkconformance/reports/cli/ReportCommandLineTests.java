package org.rtkconformance.reports.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportCommandLineTests {

    @Command(name = "broken")
    static final class Broken implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("index out of step");
        }
    }

    @Command(name = "unhappy")
    static final class Unhappy implements Callable<Integer> {
        @Override
        public Integer call() {
            System.err.flush();
            return 1;
        }
    }

    @AfterEach
    void notEmbedded() {
        System.clearProperty(ReportCommandLine.EMBEDDED);
    }

    @Test
    void an_unexpected_exception_is_one_line_calling_it_a_kit_bug() {
        ReportCommandLine line = new ReportCommandLine();

        int code = line.run(new Broken());

        assertThat(code).isEqualTo(ReportCommandLine.EXIT_BUG);
        assertThat(line.err()).isEqualTo("broken: internal error (a bug in the kit): "
                + "java.lang.IllegalStateException: index out of step" + System.lineSeparator());
    }

    @Test
    void inside_maven_a_failing_tool_throws_instead_of_ending_the_jvm() {
        System.setProperty(ReportCommandLine.EMBEDDED, "true");
        // runAndExit prints the tool's error as a program would; caught here, so a passing build stays quiet.
        java.io.PrintStream console = System.err;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertThatThrownBy(() -> ReportCommandLine.runAndExit(new Broken())).isInstanceOf(ReportToolFailure.class)
                    .hasMessage("broken: internal error (a bug in the kit): java.lang.IllegalStateException: index out of step")
                    .satisfies(e -> assertThat(((ReportToolFailure) e).exitCode()).isEqualTo(ReportCommandLine.EXIT_BUG))
                    .satisfies(e -> assertThat(e.getStackTrace()).isEmpty());
            assertThatThrownBy(() -> ReportCommandLine.runAndExit(new Unhappy())).hasMessage("exit code 1");
        } finally {
            System.setErr(console);
        }
        assertThat(printed.toString(java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("broken: internal error (a bug in the kit): java.lang.IllegalStateException: index out of step");
    }
}
