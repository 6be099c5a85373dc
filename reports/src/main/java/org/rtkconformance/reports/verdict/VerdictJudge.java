package org.rtkconformance.reports.verdict;

import org.rtkconformance.reports.catalog.Catalog;
import org.rtkconformance.reports.catalog.Statement;
import org.rtkconformance.reports.expectations.Expectations;
import org.rtkconformance.reports.expectations.Waiver;
import org.rtkconformance.reports.input.ReportInputException;
import org.rtkconformance.reports.results.RunResults;
import org.rtkconformance.reports.results.ScenarioResult;
import org.rtkconformance.reports.results.Verdict;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Judges a run: applies the backend's waivers (a covered failure becomes XFAIL, a covered pass XPASS),
 * finds waivers that are expired, name nothing or, in certification mode, cover a required statement,
 * and scores the profiles and the reading fingerprint. The rules are in docs/verdicts.md.
 */
public final class VerdictJudge {

    private final Optional<Catalog> catalog;
    private final boolean certification;
    private final LocalDate today;

    /**
     * @param catalog       the statement catalog, to tell a statement id that names nothing from one this run
     *                      does not cover, and which statements are required; without it the run's tags decide
     * @param certification refuse every waiver on a required statement or scenario
     * @param today         the day expiry dates are checked against
     */
    public VerdictJudge(Optional<Catalog> catalog, boolean certification, LocalDate today) {
        this.catalog = catalog;
        this.certification = certification;
        this.today = today;
    }

    /**
     * @throws ReportInputException when the expectations are for another backend than the run's
     */
    public RunVerdict judge(RunResults run, Expectations expectations) {
        if (!expectations.backend().equals(run.backend().id())) {
            throw new ReportInputException(expectations.file().orElse(Path.of("expectations")), "the expectations are for backend '"
                    + expectations.backend() + "' but " + run.file() + " is a run of '" + run.backend().id() + "'");
        }
        catalog.ifPresent(c -> org.rtkconformance.reports.results.RunResultsReader.checkStatements(run, c));
        List<WaiverProblem> problems = new ArrayList<>();
        List<Waiver> active = new ArrayList<>();
        for (Waiver waiver : expectations.waivers()) {
            List<WaiverProblem> found = check(waiver, run);
            problems.addAll(found);
            if (found.stream().noneMatch(WaiverProblem::blocking)) {
                active.add(waiver);
            }
        }

        Map<ScenarioResult, JudgedScenario> judged = new LinkedHashMap<>();
        Set<Waiver> used = new HashSet<>();
        for (ScenarioResult scenario : run.scenarios()) {
            Optional<Waiver> waiver = waiverFor(scenario, active);
            Outcome outcome = Outcome.of(scenario.verdict());
            if (waiver.isPresent() && waiver.get().expected() == scenario.verdict()) {
                outcome = Outcome.XFAIL;
                used.add(waiver.get());
            } else if (waiver.isPresent() && waiver.get().namesScenario() && scenario.verdict() == Verdict.PASS) {
                outcome = Outcome.XPASS;
            }
            judged.put(scenario, new JudgedScenario(scenario, outcome,
                    outcome == Outcome.XFAIL || outcome == Outcome.XPASS ? waiver : Optional.empty()));
        }
        for (Waiver waiver : active) {
            if (used.contains(waiver)) {
                continue;
            }
            List<ScenarioResult> covered = run.scenarios().stream().filter(waiver::covers).toList();
            List<ScenarioResult> passed = covered.stream().filter(s -> s.verdict() == Verdict.PASS).toList();
            if (!passed.isEmpty()) {
                passed.forEach(s -> judged.put(s, new JudgedScenario(s, Outcome.XPASS, Optional.of(waiver))));
                problems.add(new WaiverProblem(waiver, WaiverProblem.Kind.PASSED, true, waiver.label()
                        + ": expected " + waiver.expected() + " but " + passed.size() + " covered scenario(s) passed ("
                        + passed.get(0).id() + (passed.size() > 1 ? ", ..." : "") + "); remove the waiver"));
            } else if (!covered.isEmpty() && covered.stream().noneMatch(s -> Outcome.of(s.verdict()).ran())) {
                problems.add(new WaiverProblem(waiver, WaiverProblem.Kind.NOT_IN_RUN, false, waiver.label()
                        + ": no scenario of this run that it covers ran"));
            }
        }
        List<JudgedScenario> scenarios = List.copyOf(judged.values());
        return new RunVerdict(run, expectations, certification, today, scenarios, count(scenarios),
                byStrength(scenarios), profiles(scenarios), fingerprint(run, scenarios), problems, statements(scenarios),
                catalog);
    }

    /**
     * Every statement of the catalog (withdrawn ones left out), or without a catalog every statement the run's
     * tags name, rolled up over its judged scenarios. A statement with no scenario in this run (a tag filter,
     * or none written) is NOT_VERIFIED, or UNTESTED when the catalog says why it has none.
     */
    private List<JudgedStatement> statements(List<JudgedScenario> scenarios) {
        Map<String, List<Outcome>> byStatement = new LinkedHashMap<>();
        scenarios.forEach(s -> s.scenario().statements()
                .forEach(id -> byStatement.computeIfAbsent(id, k -> new ArrayList<>()).add(s.outcome())));
        List<JudgedStatement> judged = new ArrayList<>();
        if (catalog.isEmpty()) {
            byStatement.forEach((id, outcomes) -> judged.add(new JudgedStatement(id, Optional.empty(), Optional.empty(),
                    StatementRollup.of(outcomes, 0))));
            return judged;
        }
        for (Statement statement : catalog.get().statements()) {
            if (statement.withdrawn()) {
                continue;
            }
            List<Outcome> outcomes = byStatement.getOrDefault(statement.id(), List.of());
            StatementRollup rollup = outcomes.isEmpty() && statement.untested() ? StatementRollup.untested()
                    : StatementRollup.of(outcomes, 0);
            judged.add(new JudgedStatement(statement.id(), Optional.of(statement.text()),
                    Optional.of(statement.section()), rollup));
        }
        return judged;
    }

    private List<WaiverProblem> check(Waiver waiver, RunResults run) {
        List<WaiverProblem> problems = new ArrayList<>();
        if (waiver.expiredOn(today)) {
            problems.add(new WaiverProblem(waiver, WaiverProblem.Kind.EXPIRED, true, waiver.label() + ": expired on "
                    + waiver.expires() + " (" + waiver.link() + "); fix the backend or renew the waiver with a new reason"));
        }
        List<ScenarioResult> covered = run.scenarios().stream().filter(waiver::covers).toList();
        Optional<Statement> statement = waiver.namesScenario() ? Optional.empty()
                : catalog.flatMap(c -> c.find(waiver.target()));
        if (covered.isEmpty() && (waiver.namesScenario() || catalog.isEmpty() || statement.isEmpty())) {
            problems.add(new WaiverProblem(waiver, WaiverProblem.Kind.NAMES_NOTHING, true, waiver.label() + ": "
                    + (waiver.namesScenario() ? "no scenario of this run has id " : "no statement of the catalog has id ")
                    + waiver.target()));
        } else if (covered.isEmpty()) {
            problems.add(new WaiverProblem(waiver, WaiverProblem.Kind.NOT_IN_RUN, false, waiver.label()
                    + ": no scenario of this run checks " + waiver.target()));
        }
        if (certification && coversRequired(waiver, statement, covered)) {
            problems.add(new WaiverProblem(waiver, WaiverProblem.Kind.COVERS_REQUIRED, true, waiver.label()
                    + ": certification mode allows no waiver on a required (documented) "
                    + (waiver.namesScenario() ? "scenario" : "statement")));
        }
        return problems;
    }

    private static boolean coversRequired(Waiver waiver, Optional<Statement> statement, List<ScenarioResult> covered) {
        if (statement.isPresent()) {
            return "required".equals(statement.get().strength());
        }
        return covered.stream().anyMatch(s -> s.strength().filter("required"::equals).isPresent());
    }

    /** A waiver of the scenario itself wins over one of its statements. */
    private static Optional<Waiver> waiverFor(ScenarioResult scenario, List<Waiver> active) {
        return active.stream().filter(w -> w.covers(scenario))
                .min(Comparator.comparing(w -> w.namesScenario() ? 0 : 1));
    }

    private static Map<Outcome, Integer> count(List<JudgedScenario> scenarios) {
        Map<Outcome, Integer> counts = zeros();
        scenarios.forEach(s -> counts.merge(s.outcome(), 1, Integer::sum));
        return counts;
    }

    static Map<Outcome, Integer> zeros() {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome, 0);
        }
        return counts;
    }

    private static Map<String, Map<Outcome, Integer>> byStrength(List<JudgedScenario> scenarios) {
        Map<String, Map<Outcome, Integer>> byStrength = new LinkedHashMap<>();
        for (String strength : List.of("required", "bounded", "interpretation")) {
            byStrength.put(strength, zeros());
        }
        for (JudgedScenario scenario : scenarios) {
            String strength = scenario.scenario().strength().orElse("none");
            byStrength.computeIfAbsent(strength, s -> zeros()).merge(scenario.outcome(), 1, Integer::sum);
        }
        return byStrength;
    }

    private static List<ProfileScore> profiles(List<JudgedScenario> scenarios) {
        List<ProfileScore> scores = new ArrayList<>();
        for (Profile profile : Profile.values()) {
            Map<Outcome, Integer> counts = zeros();
            scenarios.stream().filter(s -> Profile.of(s.scenario().strength().orElse("")) == profile)
                    .forEach(s -> counts.merge(s.outcome(), 1, Integer::sum));
            scores.add(new ProfileScore(profile, ProfileScore.score(counts), counts));
        }
        return scores;
    }

    private List<ReadingFingerprint> fingerprint(RunResults run, List<JudgedScenario> scenarios) {
        Set<String> ambiguities = new TreeSet<>(Comparator.comparingInt(VerdictJudge::ambiguityNumber)
                .thenComparing(Comparator.naturalOrder()));
        catalog.ifPresent(c -> ambiguities.addAll(c.ambiguities().keySet()));
        ambiguities.addAll(run.backend().readings().keySet());
        ambiguities.addAll(run.backend().probed().keySet());
        run.scenarios().forEach(s -> s.readings().stream().filter(r -> r.contains("."))
                .forEach(r -> ambiguities.add(r.substring(0, r.lastIndexOf('.')))));
        List<ReadingFingerprint> fingerprint = new ArrayList<>();
        for (String ambiguity : ambiguities) {
            Optional<String> declared = Optional.ofNullable(run.backend().readings().get(ambiguity));
            int passed = 0;
            int failed = 0;
            for (JudgedScenario scenario : scenarios) {
                if (declared.isEmpty() || !scenario.scenario().readings().contains(declared.get())) {
                    continue;
                }
                switch (scenario.outcome()) {
                    case PASS, XPASS -> passed++;
                    case FAIL, UNRESOLVED, XFAIL -> failed++;
                    default -> { }
                }
            }
            fingerprint.add(new ReadingFingerprint(ambiguity, declared, passed, failed,
                    declared.isPresent() ? Optional.empty() : Optional.ofNullable(run.backend().probed().get(ambiguity))));
        }
        return fingerprint;
    }

    private static int ambiguityNumber(String id) {
        try {
            return Integer.parseInt(id.substring(id.indexOf('-') + 1));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
