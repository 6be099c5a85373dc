package org.rtkconformance.adapter.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.rtkconformance.adapter.agent.AgentProtocolCheck.Finding;
import org.rtkconformance.adapter.agent.AgentProtocolCheck.Outcome;

/**
 * The rtk-agent/1 protocol check (docs/agent-protocol.md §7), one test per check, against
 * {@code -Drtk.agent.protocolCommand="<agent command>"}, by default the bundled posix agent; and the check
 * itself proved able to fail: a fixture agent that breaks only the framing fails it. Protocol only: what
 * an agent answers about RTX behaviour is the conformance suite's to judge.
 */
@Timeout(120)
class AgentProtocolTests {

    /** The agent under protocol test: this property (split at whitespace), else the bundled posix agent. */
    static final String COMMAND_PROPERTY = "rtk.agent.protocolCommand";
    private static final Path BROKEN_FRAMING = Path.of("src", "test", "fixtures", "broken-framing-agent.sh");

    @TestFactory
    Stream<DynamicTest> the_agent_under_test_speaks_the_protocol() {
        List<String> command = commandUnderTest();
        assumeTrue(!command.isEmpty(), "no agent under test: the posix agent was not built and no "
                + COMMAND_PROPERTY + " is set");
        AgentProtocolCheck check = new AgentProtocolCheck(command);
        return check.checks().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Finding finding = check.run(name);
            assertThat(finding.outcome()).as(finding.detail()).isEqualTo(Outcome.PASS);
        }));
    }

    @Test
    void an_agent_that_breaks_the_framing_fails_the_check_and_each_finding_says_where() {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "the fixture agent is a POSIX shell script");
        Map<String, Finding> findings = new AgentProtocolCheck(List.of("/bin/sh", BROKEN_FRAMING.toString())).run()
                .stream().collect(Collectors.toMap(Finding::check, Function.identity()));

        assertThat(findings.get("HELLO declares backend, vendor, product, version, capabilities and readings").outcome())
                .as("its HELLO is well framed").isEqualTo(Outcome.PASS);
        Finding refused = findings.get("a request before HELLO is refused with its id");
        assertThat(refused.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(refused.detail()).contains("is not one line of printable ASCII ended by LF").contains("(CR before the LF)");
        assertThat(findings.get("BYE is answered and the agent exits 0").outcome()).isEqualTo(Outcome.FAIL);
        assertThat(findings.values()).filteredOn(f -> f.outcome() == Outcome.FAIL).hasSizeGreaterThanOrEqualTo(7);
    }

    @Test
    void an_agent_that_does_not_answer_fails_with_a_time_limit_not_a_hang() {
        Finding finding = new AgentProtocolCheck(List.of("/bin/sh", "-c", "sleep 30", "agent")).run(
                "HELLO declares backend, vendor, product, version, capabilities and readings");
        assertThat(finding.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding.detail()).startsWith("no reply to '1 HELLO rtk-agent/1' within 5000 ms");
    }

    private static List<String> commandUnderTest() {
        String configured = System.getProperty(COMMAND_PROPERTY, "").trim();
        if (!configured.isEmpty()) {
            return List.of(configured.split("\\s+"));
        }
        Path bundled = Path.of("target", "agent", "rtk-posix-agent");
        return Files.isExecutable(bundled) ? List.of(bundled.toAbsolutePath().toString()) : List.of();
    }
}
