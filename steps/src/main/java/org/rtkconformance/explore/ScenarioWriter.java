package org.rtkconformance.explore;

import java.util.ArrayList;
import java.util.List;

/**
 * A finding as a ready-to-paste scenario in the kit's own step language: the drivers attached, each action
 * of the minimal sequence with what the reference showed as its Then, the diverging action last, and in
 * comments what the backend showed instead, the seed and the command that replays the finding.
 */
public final class ScenarioWriter {

    private ScenarioWriter() {
    }

    /**
     * The scenario of {@code result}'s finding.
     *
     * @param replay the command line that replays the exploration ({@code rtk-kit explore --backend posix --seed 7})
     * @throws IllegalArgumentException when the result has no finding
     */
    public static String scenario(ExplorationResult result, String replay) {
        Finding finding = result.finding().orElseThrow(() -> new IllegalArgumentException("the exploration found nothing"));
        Divergence minimal = finding.minimal();
        List<String> lines = new ArrayList<>();
        lines.add("# Found by rtk-kit explore against backend '" + result.backendId() + "': seed "
                + result.settings().seed() + ", sequence " + finding.sequence() + ", after " + result.operations()
                + " operations; shrunk from " + finding.originalLength() + " to " + minimal.actions().size()
                + " actions in " + finding.shrinkRuns() + " lockstep runs.");
        lines.add("# Replay: " + replay);
        lines.add("# The reference showed: " + minimal.expected());
        lines.add("# '" + result.backendId() + "' showed:   " + minimal.backend());
        lines.add("Scenario: " + result.backendId() + " and the reference differ on: " + minimal.last());
        boolean first = true;
        for (String caller : Lockstep.callersOf(minimal.actions())) {
            lines.add("  " + (first ? "Given" : "And") + " driver " + caller + " is attached to the RTSS"
                    + (ScriptRunner.ATTACHED_EX.equals(caller) ? " with RtkRtssAttachEx" : ""));
            first = false;
        }
        for (int i = 0; i < minimal.actions().size(); i++) {
            Observation shown = minimal.reference().get(i);
            if (shown.kind() == Observation.Kind.SKIPPED) {
                continue;
            }
            boolean last = i == minimal.actions().size() - 1;
            for (String line : GherkinText.lines(minimal.actions().get(i), shown, last)) {
                lines.add("  " + line);
            }
        }
        return String.join("\n", lines) + "\n";
    }
}
