package org.rtkconformance.selftest.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.rtkconformance.steps.results.ResultClass;
import org.rtkconformance.steps.results.ShownReadings;

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

    /** What a probe of a backend declaring no reading observed: each reading scenario is a probe. */
    public static ShownReadings shown(List<ScenarioOutcome> undeclared) {
        return ShownReadings.of(undeclared.stream().filter(outcome -> !outcome.readings().isEmpty())
                .map(outcome -> new ShownReadings.Probe(outcome.readings(), outcome.result())).toList());
    }

    /**
     * What the reference declaring no reading, probed, must do: no FAIL outside the probes and no UNRESOLVED,
     * every floor scenario ({@code @floor:D-n}) run and passed, and for every ambiguity probed, the reading the
     * model follows ({@code exhibited}, its defaults) among the readings shown.
     */
    public static List<String> undeclaredProblems(List<ScenarioOutcome> undeclared, Map<String, String> exhibited) {
        List<String> problems = new ArrayList<>();
        ShownReadings shown = shown(undeclared);
        for (ScenarioOutcome outcome : undeclared) {
            boolean probe = !outcome.readings().isEmpty();
            boolean floor = outcome.tags().stream().anyMatch(tag -> tag.startsWith("floor:"));
            if (outcome.result() == ResultClass.UNRESOLVED || outcome.result() == ResultClass.FAIL && !probe
                    || outcome.is("required") && outcome.result() == ResultClass.NOT_APPLICABLE) {
                problems.add(line(outcome));
            }
            if (floor && outcome.result() != ResultClass.PASS) {
                problems.add("floor not checked: " + line(outcome));
            }
        }
        shown.tried().forEach((ambiguity, tried) -> {
            String own = exhibited.get(ambiguity);
            if (own != null && tried.contains(own) && !shown.shown().get(ambiguity).contains(own)) {
                problems.add("probe of " + ambiguity + " did not show " + own + ", the reading the model follows; shown: "
                        + shown.shown().get(ambiguity));
            }
        });
        shown.noneShown().forEach(ambiguity -> problems.add("probe of " + ambiguity + " showed none of "
                + shown.tried().get(ambiguity)));
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
