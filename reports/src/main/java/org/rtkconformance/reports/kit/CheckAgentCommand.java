package org.rtkconformance.reports.kit;

import org.rtkconformance.adapter.agent.AgentProtocolCheck;
import org.rtkconformance.adapter.agent.AgentProtocolCheck.Finding;
import org.rtkconformance.adapter.agent.AgentProtocolCheck.Outcome;
import org.rtkconformance.reports.input.ReportInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Checks that a program speaks the rtk-agent/1 protocol (docs/agent-protocol.md), before any conformance
 * run: framing, ids, errors for malformed lines, HELLO, binary-safe payloads, a clean exit. It never judges
 * RTX behaviour; {@code run} does.
 */
@Command(name = "check-agent", mixinStandardHelpOptions = true,
        description = "Checks an agent program's rtk-agent/1 protocol only (framing, ids, errors for malformed lines, "
                + "HELLO fields, binary-safe payloads, clean exit), never RTX behaviour: that is what run judges. "
                + "The command gets --prefix <namespace> appended, as in a run.")
final class CheckAgentCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "COMMAND",
            description = "the agent and its arguments, after '--' (for example: check-agent -- /opt/acme/agent --verbose)")
    List<String> command;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Finding> findings;
        try {
            findings = new AgentProtocolCheck(command).run();
        } catch (UncheckedIOException e) {
            throw new ReportInputException(Path.of(command.get(0)), e.getMessage(), e);
        }
        for (Finding finding : findings) {
            out.printf("%-11s %s%s%n", finding.outcome(), finding.check(),
                    finding.detail().isEmpty() ? "" : "\n            " + finding.detail());
        }
        long failed = findings.stream().filter(f -> f.outcome() == Outcome.FAIL).count();
        long unchecked = findings.stream().filter(f -> f.outcome() == Outcome.NOT_CHECKED).count();
        out.printf("check-agent: %d of %d protocol checks passed, %d failed, %d not checked: %s%n",
                findings.size() - failed - unchecked, findings.size(), failed, unchecked,
                failed == 0 ? "the agent speaks rtk-agent/1" : "the agent breaks rtk-agent/1");
        return failed == 0 ? RtkKit.EXIT_OK : RtkKit.EXIT_NON_CONFORMANT;
    }
}
