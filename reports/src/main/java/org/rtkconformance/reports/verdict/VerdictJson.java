package org.rtkconformance.reports.verdict;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rtkconformance.reports.results.Backend;

import java.util.Map;

/** Writes a verdict as JSON, format {@value #FORMAT} (docs/verdicts.md). */
public final class VerdictJson {

    /** The format string of the file. */
    public static final String FORMAT = "rtk-verdict/1";

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The verdict as a JSON document. */
    public String write(RunVerdict verdict) {
        ObjectNode root = json.createObjectNode();
        root.put("format", FORMAT);
        root.put("verdict", verdict.title());
        root.put("conformant", verdict.conformant());
        root.put("exitCode", verdict.exitCode());
        verdict.reasons().forEach(root.putArray("reasons")::add);
        root.put("certification", verdict.certification());
        root.put("judgedOn", verdict.judgedOn().toString());
        root.put("kitVersion", verdict.run().kitVersion());
        root.put("runId", verdict.run().runId());
        root.put("results", verdict.run().file().toString());
        verdict.expectations().file().ifPresentOrElse(f -> root.put("expectations", f.toString()),
                () -> root.putNull("expectations"));
        Backend backend = verdict.run().backend();
        ObjectNode b = root.putObject("backend");
        b.put("id", backend.id()).put("vendor", backend.vendor()).put("product", backend.product())
                .put("version", backend.version()).put("apiVersion", backend.apiVersion());
        backend.capabilities().forEach(b.putArray("capabilities")::add);
        counts(root.putObject("counts"), verdict.counts());
        ObjectNode strengths = root.putObject("countsByStrength");
        verdict.byStrength().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> counts(strengths.putObject(e.getKey()), e.getValue()));
        ObjectNode profiles = root.putObject("profiles");
        for (ProfileScore score : verdict.profiles()) {
            ObjectNode p = profiles.putObject(score.profile().title());
            p.put("status", score.status().name());
            counts(p.putObject("counts"), score.counts());
        }
        ArrayNode fingerprint = root.putArray("fingerprint");
        for (ReadingFingerprint f : verdict.fingerprint()) {
            ObjectNode entry = fingerprint.addObject().put("ambiguity", f.ambiguity());
            f.declared().ifPresentOrElse(d -> entry.put("declared", d), () -> entry.putNull("declared"));
            entry.put("shown", f.shownText()).put("status", f.shown().name()).put("passed", f.passed())
                    .put("failed", f.failed());
        }
        ArrayNode problems = root.putArray("waiverProblems");
        for (WaiverProblem problem : verdict.problems()) {
            problems.addObject().put("id", problem.waiver().target()).put("kind", problem.kind().name())
                    .put("blocking", problem.blocking()).put("message", problem.message());
        }
        ObjectNode statementCounts = root.putObject("statementCounts");
        verdict.statementCounts().forEach((state, count) -> statementCounts.put(state.name(), count));
        ArrayNode statements = root.putArray("statements");
        for (JudgedStatement s : verdict.statements()) {
            StatementRollup r = s.rollup();
            statements.addObject().put("id", s.id()).put("status", r.state().name()).put("applicable", r.applicable())
                    .put("passed", r.passed()).put("failed", r.failed()).put("unresolved", r.unresolved())
                    .put("unsupported", r.unsupported()).put("notRun", r.notRun()).put("notApplicable", r.notApplicable())
                    .put("reason", r.reason());
        }
        ArrayNode scenarios = root.putArray("scenarios");
        for (JudgedScenario s : verdict.scenarios()) {
            ObjectNode entry = scenarios.addObject().put("id", s.scenario().id()).put("name", s.scenario().name())
                    .put("result", s.scenario().verdict().name()).put("outcome", s.outcome().name());
            s.waiver().ifPresent(w -> entry.put("waiver", w.target()).put("reason", w.reason()).put("link", w.link()));
        }
        try {
            return json.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the verdict as JSON", e);
        }
    }

    private static void counts(ObjectNode node, Map<Outcome, Integer> counts) {
        for (Outcome outcome : Outcome.values()) {
            node.put(outcome.name(), counts.getOrDefault(outcome, 0));
        }
    }
}
