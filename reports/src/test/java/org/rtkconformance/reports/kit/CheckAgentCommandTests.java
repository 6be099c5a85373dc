package org.rtkconformance.reports.kit;

import org.junit.jupiter.api.Test;
import org.rtkconformance.reports.cli.ReportCommandLine;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code rtk-kit check-agent}: passes the posix agent, fails an agent that breaks the framing, refuses what cannot start. */
class CheckAgentCommandTests {

    private static final Path AGENT_CLIENT = Path.of("..", "adapters", "agent-client");

    @Test
    void the_posix_agent_passes_every_protocol_check() {
        Path posix = AGENT_CLIENT.resolve("target/agent/rtk-posix-agent");
        assumeTrue(Files.isExecutable(posix), "the posix agent was not built (no C compiler)");
        ReportCommandLine line = new ReportCommandLine();
        int code = line.run(new RtkKit(), "check-agent", "--", posix.toString());

        assertThat(code).as(line.out() + line.err()).isZero();
        assertThat(line.out()).contains("PASS        payloads are binary-safe")
                .endsWith("check-agent: 10 of 10 protocol checks passed, 0 failed, 0 not checked: the agent speaks rtk-agent/1\n");
    }

    @Test
    void an_agent_that_breaks_the_framing_fails_with_exit_code_1() {
        ReportCommandLine line = new ReportCommandLine();
        int code = line.run(new RtkKit(), "check-agent", "--", "/bin/sh",
                AGENT_CLIENT.resolve("src/test/fixtures/broken-framing-agent.sh").toString());

        assertThat(code).isEqualTo(RtkKit.EXIT_NON_CONFORMANT);
        assertThat(line.out()).contains("PASS        HELLO declares").contains("FAIL        BYE is answered")
                .contains("(CR before the LF)").contains("the agent breaks rtk-agent/1");
    }

    @Test
    void a_program_that_cannot_start_and_a_missing_command_are_input_errors() {
        ReportCommandLine missing = new ReportCommandLine();
        assertThat(missing.run(new RtkKit(), "check-agent", "--", "/nonexistent/agent")).isEqualTo(RtkKit.EXIT_BAD_INPUT);
        assertThat(missing.err()).startsWith("rtk-kit: ").contains("cannot start the agent /nonexistent/agent");

        ReportCommandLine none = new ReportCommandLine();
        assertThat(none.run(new RtkKit(), "check-agent")).isEqualTo(RtkKit.EXIT_BAD_INPUT);
        assertThat(none.err()).startsWith("rtk-kit: Missing required parameter: 'COMMAND'");
    }
}
