package org.rtkconformance.reports.kit;

import org.rtkconformance.reports.verdict.Outcome;
import org.rtkconformance.reports.verdict.ReadingFingerprint;
import org.rtkconformance.reports.verdict.RunVerdict;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The verdict as the table printed at the end of a run: outcomes by strength, profiles, fingerprint, verdict. */
final class SummaryTable {

    private SummaryTable() {
    }

    static String of(RunVerdict verdict) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-16s", ""));
        for (Outcome outcome : Outcome.values()) {
            out.append(String.format(" %" + width(outcome) + "s", outcome));
        }
        out.append('\n');
        row(out, "all", verdict.counts());
        verdict.byStrength().forEach((strength, counts) -> row(out, "@" + strength, counts));
        out.append("statements:  ").append(verdict.statementCounts().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")))
                .append(" (PASS only when every applicable scenario ran and passed)\n");
        out.append("profiles:    ").append(verdict.profiles().stream().map(p -> p.profile().title() + " " + p.status())
                .collect(Collectors.joining(", "))).append('\n');
        Map<ReadingFingerprint.Shown, Long> shown = verdict.fingerprint().stream()
                .collect(Collectors.groupingBy(ReadingFingerprint::shown, Collectors.counting()));
        out.append("readings:    ").append(Arrays.stream(ReadingFingerprint.Shown.values())
                .map(s -> shown.getOrDefault(s, 0L) + " " + s.name().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining(", "))).append('\n');
        verdict.fingerprint().stream().filter(f -> f.shown() == ReadingFingerprint.Shown.CONTRADICTED)
                .forEach(f -> out.append("             ").append(f.ambiguity()).append(": declared ")
                        .append(f.declared().orElse("-")).append(", shown ").append(f.shownText()).append('\n'));
        verdict.problems().forEach(p -> out.append("waiver:      ").append(p.message()).append('\n'));
        out.append("verdict:     ").append(verdict.headline()).append(" (backend ").append(verdict.run().backend().id())
                .append(", run ").append(verdict.run().runId()).append(verdict.certification() ? ", certification" : "")
                .append(")\n");
        verdict.reasons().forEach(r -> out.append("             ").append(r).append('\n'));
        return out.toString();
    }

    private static void row(StringBuilder out, String label, Map<Outcome, Integer> counts) {
        out.append(String.format("%-16s", label));
        Function<Outcome, Integer> count = o -> counts.getOrDefault(o, 0);
        for (Outcome outcome : Outcome.values()) {
            out.append(String.format(" %" + width(outcome) + "d", count.apply(outcome)));
        }
        out.append('\n');
    }

    private static int width(Outcome outcome) {
        return Math.max(5, outcome.name().length());
    }
}
