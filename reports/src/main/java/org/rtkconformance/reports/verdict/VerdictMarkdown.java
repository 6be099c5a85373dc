package org.rtkconformance.reports.verdict;

import org.rtkconformance.reports.results.Backend;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes a verdict as Markdown, for a pull request or a certificate. */
public final class VerdictMarkdown {

    /** The verdict as a Markdown page. */
    public String write(RunVerdict verdict) {
        Backend backend = verdict.run().backend();
        StringBuilder md = new StringBuilder();
        md.append("# Verdict: ").append(verdict.headline()).append("\n\n");
        md.append("Backend **").append(backend.id()).append("** (").append(backend.product()).append(' ')
                .append(backend.version()).append(", ").append(backend.vendor()).append("), API ")
                .append(backend.apiVersion()).append("; run `").append(verdict.run().runId()).append("`, kit ")
                .append(verdict.run().kitVersion()).append(verdict.certification() ? "; certification mode" : "")
                .append("; waivers checked on ").append(verdict.judgedOn()).append(".\n\n");
        if (!verdict.conformant()) {
            md.append("Why:\n\n");
            verdict.reasons().forEach(r -> md.append("- ").append(cell(r)).append('\n'));
            md.append('\n');
        }
        md.append("## Statements\n\n");
        verdict.statementCounts().forEach((state, count) -> md.append("**").append(state).append("** ").append(count).append(" · "));
        md.setLength(md.length() - 3);
        md.append("\n\nA statement is PASS only when every scenario of it that applies to this backend ran and passed; "
                + "FAIL when one failed (waived failures included); otherwise NOT_VERIFIED.\n\n");
        List<JudgedStatement> unverified = verdict.statements().stream()
                .filter(s -> s.rollup().state() == StatementState.NOT_VERIFIED).toList();
        if (!unverified.isEmpty()) {
            md.append("### Not verified, and why\n\n| statement | why |\n|---|---|\n");
            unverified.forEach(s -> md.append("| ").append(s.id()).append(" | ").append(cell(s.rollup().reason())).append(" |\n"));
            md.append('\n');
        }
        md.append("## Scenario runs\n\n| | ").append(header()).append(" |\n|---|").append("---:|".repeat(Outcome.values().length))
                .append('\n').append("| all | ").append(row(verdict.counts())).append(" |\n");
        verdict.byStrength().forEach((strength, counts) ->
                md.append("| @").append(strength).append(" | ").append(row(counts)).append(" |\n"));
        md.append("\n## Profiles\n\n| profile | score | what it covers |\n|---|---|---|\n");
        verdict.profiles().forEach(p -> md.append("| ").append(p.profile().title()).append(" | ")
                .append(p.status()).append(" | ").append(p.profile().description()).append(" |\n"));
        md.append("\n## Reading fingerprint\n\n| ambiguity | declared | shown |\n|---|---|---|\n");
        verdict.fingerprint().forEach(f -> md.append("| ").append(f.ambiguity())
                .append(verdict.catalog().flatMap(c -> c.ambiguity(f.ambiguity())).map(a -> ": " + cell(a.title())).orElse(""))
                .append(" | ")
                .append(f.declared().orElse("-")).append(" | ").append(f.shownText()).append(" |\n"));
        if (!verdict.problems().isEmpty()) {
            md.append("\n## Waiver problems\n\n");
            verdict.problems().forEach(p -> md.append("- ").append(p.blocking() ? "**" + p.kind() + "** " : p.kind() + " ")
                    .append(cell(p.message())).append('\n'));
        }
        md.append("\n## Scenarios that are not PASS\n\n| scenario | outcome | waiver or message |\n|---|---|---|\n");
        verdict.scenarios().stream().filter(s -> s.outcome() != Outcome.PASS && s.outcome() != Outcome.NOT_APPLICABLE)
                .forEach(s -> md.append("| ").append(s.scenario().id()).append(' ').append(cell(s.scenario().name()))
                        .append(" | ").append(s.outcome()).append(" | ")
                        .append(cell(s.waiver().map(w -> w.target() + ": " + w.reason() + " (" + w.link() + ")")
                                .orElse(s.scenario().message().orElse("")))).append(" |\n"));
        return md.toString();
    }

    private static String header() {
        return java.util.Arrays.stream(Outcome.values()).map(Enum::name).collect(Collectors.joining(" | "));
    }

    private static String row(Map<Outcome, Integer> counts) {
        return java.util.Arrays.stream(Outcome.values()).map(o -> String.valueOf(counts.getOrDefault(o, 0)))
                .collect(Collectors.joining(" | "));
    }

    /** A table cell: one line, no pipe, at most 300 characters. */
    static String cell(String text) {
        String flat = text.replace('\n', ' ').replace("|", "\\|");
        return flat.length() > 300 ? flat.substring(0, 297) + "..." : flat;
    }
}
