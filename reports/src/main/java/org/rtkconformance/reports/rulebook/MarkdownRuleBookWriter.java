package org.rtkconformance.reports.rulebook;

import org.rtkconformance.reports.catalog.Statement;
import org.rtkconformance.reports.features.FeatureScenario;
import org.rtkconformance.reports.results.RunResults;
import org.rtkconformance.reports.results.ScenarioResult;

import java.util.List;
import java.util.stream.Collectors;

/** Writes the rule book as Markdown ({@code rulebook.md}), for diffs and for reading in a repository browser. */
public final class MarkdownRuleBookWriter {

    /** The whole document. */
    public String write(RuleBook book) {
        StringBuilder md = new StringBuilder(32 * 1024);
        md.append("# RtkOpenSharedMemory rule book\n\n");
        if (book.run().isPresent()) {
            RunResults run = book.run().get();
            md.append("Backend **").append(run.backend().id()).append("** (").append(run.backend().product()).append(' ')
                    .append(run.backend().version()).append(", API ").append(run.backend().apiVersion()).append("), run ")
                    .append(run.runId()).append(": ")
                    .append(run.counts().entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                            .collect(Collectors.joining(", ")))
                    .append(".\n\n");
            run.backend().error().ifPresent(e -> md.append("No backend could be chosen: ").append(cell(e)).append("\n\n"));
        } else {
            md.append("No results file was given: statuses show coverage only.\n\n");
        }
        md.append("## Coverage\n\n| Section | Statements | With scenarios | Untested | Untraced | Scenarios | PASS | NOT_VERIFIED | FAIL |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        book.coverage().forEach(row -> coverageRow(md, row.section(), row));
        coverageRow(md, "**All sections**", book.total());
        book.sections().forEach((section, entries) -> {
            md.append("\n## ").append(section).append("\n");
            entries.forEach(entry -> statement(entry, md));
        });
        if (!book.untagged().isEmpty() || !book.unknownStatements().isEmpty() || !book.unmatchedResults().isEmpty()) {
            md.append("\n## Untraced scenarios and results\n\n");
            book.untagged().forEach(s -> md.append("- No `@statement:` tag: ").append(where(s)).append('\n'));
            book.unknownStatements().forEach((id, scenarios) -> md.append("- Unknown statement `").append(id)
                    .append("` named by ").append(scenarios.stream().map(MarkdownRuleBookWriter::where)
                            .collect(Collectors.joining(", "))).append('\n'));
            book.unmatchedResults().forEach(r -> md.append("- Result of a scenario not in the feature files: ")
                    .append(r.name()).append(" `").append(r.uri()).append(':').append(r.line()).append("` ")
                    .append(r.verdict()).append('\n'));
        }
        return md.toString();
    }

    private static void coverageRow(StringBuilder md, String name, SectionCoverage row) {
        md.append("| ").append(name).append(" | ").append(row.statements()).append(" | ").append(row.traced())
                .append(" | ").append(row.untested()).append(" | ").append(row.untraced()).append(" | ")
                .append(row.scenarios()).append(" | ").append(row.passing()).append(" | ").append(row.notVerified())
                .append(" | ").append(row.failing()).append(" |\n");
    }

    private static void statement(StatementEntry entry, StringBuilder md) {
        Statement s = entry.statement();
        md.append("\n### <a id=\"").append(s.id()).append("\"></a>").append(s.id()).append(" — ")
                .append(entry.status().label()).append("\n\n").append(cell(s.text())).append("\n\n");
        if (entry.status() == StatementStatus.NOT_VERIFIED || entry.status() == StatementStatus.FAIL) {
            md.append("*").append(entry.rollup().text()).append(" passed: ").append(cell(entry.rollup().reason())).append("*\n\n");
        }
        s.quote().ifPresent(q -> md.append("> ").append(cell(q)).append("\n\n"));
        md.append("Section: ").append(s.section()).append(" · kind: ").append(s.kind()).append(" · strength: ")
                .append(s.strength());
        if (!s.ambiguities().isEmpty()) {
            md.append(" · ambiguities: ").append(s.ambiguities().stream().map(d -> {
                List<String> pinned = entry.pinnedReadings(d);
                return pinned.isEmpty() ? d : d + " (pinned: " + String.join(", ", pinned) + ")";
            }).collect(Collectors.joining(", ")));
        }
        md.append("\n");
        s.untestedReason().ifPresent(r -> md.append("\nNot tested: ").append(cell(r)).append("\n"));
        if (!entry.scenarios().isEmpty()) {
            md.append("\n| Scenario | Where | Latest results |\n|---|---|---|\n");
            for (ScenarioTrace trace : entry.scenarios()) {
                FeatureScenario scenario = trace.scenario();
                md.append("| ").append(cell(scenario.name())).append(" | `").append(scenario.path()).append(':')
                        .append(scenario.line()).append("` | ")
                        .append(trace.results().isEmpty() ? "not run" : trace.results().stream()
                                .map(MarkdownRuleBookWriter::result).collect(Collectors.joining("<br>")))
                        .append(" |\n");
            }
        }
    }

    private static String result(TracedResult traced) {
        ScenarioResult r = traced.result();
        String verdict = traced.allureLink().map(link -> "[" + r.verdict() + "](" + link + ")").orElse(r.verdict().name());
        return verdict + r.example().map(e -> " " + cell(e)).orElse("");
    }

    private static String where(FeatureScenario s) {
        return s.name() + " `" + s.path() + ":" + s.line() + "`";
    }

    /** Text safe inside a Markdown table cell and on one line. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
