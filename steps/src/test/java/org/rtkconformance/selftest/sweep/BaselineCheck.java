package org.rtkconformance.selftest.sweep;

import java.util.ArrayList;
import java.util.List;

import org.rtkconformance.steps.results.ResultClass;

/**
 * What the reference must do in the sweep: fail no scenario and break on none (a FAIL of the reference is
 * a wrong scenario or a wrong model, and would make every mutant look killed), and run every required
 * scenario unless it needs a capability the reference does not declare (the native header: UNSUPPORTED,
 * listed apart, never counted as a pass).
 */
public final class BaselineCheck {

    private BaselineCheck() {
    }

    /** One line per scenario the reference got wrong; empty when the baseline holds. */
    public static List<String> problems(List<ScenarioOutcome> reference) {
        List<String> problems = new ArrayList<>();
        for (ScenarioOutcome outcome : reference) {
            boolean wrong = outcome.result() == ResultClass.FAIL || outcome.result() == ResultClass.UNRESOLVED
                    || outcome.is("required") && outcome.result() == ResultClass.NOT_APPLICABLE;
            if (wrong) {
                problems.add(line(outcome));
            }
        }
        return problems;
    }

    /**
     * What the reference declaring no reading must do: everything the baseline demands, every floor scenario
     * ({@code @floor:D-n}) run and passed, and no scenario pinning a reading run (there is nothing to pin).
     */
    public static List<String> undeclaredProblems(List<ScenarioOutcome> undeclared) {
        List<String> problems = new ArrayList<>(problems(undeclared));
        for (ScenarioOutcome outcome : undeclared) {
            boolean floor = outcome.tags().stream().anyMatch(tag -> tag.startsWith("floor:"));
            if (floor && outcome.result() != ResultClass.PASS) {
                problems.add("floor not checked: " + line(outcome));
            }
            if (!outcome.readings().isEmpty() && outcome.result() != ResultClass.NOT_APPLICABLE) {
                problems.add("reading scenario ran on a backend declaring none: " + line(outcome));
            }
        }
        return problems;
    }

    /** The number of floor scenarios ({@code @floor:D-n}) that passed. */
    public static long floorsPassed(List<ScenarioOutcome> outcomes) {
        return outcomes.stream().filter(outcome -> outcome.result() == ResultClass.PASS)
                .filter(outcome -> outcome.tags().stream().anyMatch(tag -> tag.startsWith("floor:"))).count();
    }

    /** The required scenarios the reference could not run for lack of a capability. */
    public static List<String> notExercised(List<ScenarioOutcome> reference) {
        return reference.stream().filter(outcome -> outcome.is("required") && outcome.result() == ResultClass.UNSUPPORTED)
                .map(BaselineCheck::line).toList();
    }

    /** The counts of each result class, {@code PASS=120 NOT_APPLICABLE=40 ...}. */
    public static String tally(List<ScenarioOutcome> outcomes) {
        StringBuilder tally = new StringBuilder();
        for (ResultClass result : ResultClass.values()) {
            long count = outcomes.stream().filter(outcome -> outcome.result() == result).count();
            tally.append(tally.length() == 0 ? "" : " ").append(result).append('=').append(count);
        }
        return tally.toString();
    }

    private static String line(ScenarioOutcome outcome) {
        String message = outcome.message();
        int end = message.indexOf('\n');
        return outcome.result() + " " + outcome.scenario() + ": " + (end < 0 ? message : message.substring(0, end));
    }
}
