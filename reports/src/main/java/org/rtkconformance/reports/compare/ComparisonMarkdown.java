package org.rtkconformance.reports.compare;

import org.rtkconformance.reports.verdict.StatementState;

import java.util.List;

/** Writes the comparison matrix as Markdown: one table per section, differing statements first, flagged and in bold. */
public final class ComparisonMarkdown {

    /** The matrix as a Markdown page. */
    public String write(ComparisonMatrix matrix) {
        List<String> columns = matrix.columns();
        StringBuilder md = new StringBuilder("# RtkOpenSharedMemory: backends compared\n\n");
        md.append(matrix.runs().size()).append(" runs (").append(String.join(", ", columns)).append("), ")
                .append(matrix.differences()).append(" statement(s) on which they differ (first in each section, flagged ≠).\n\n")
                .append(ComparisonHtml.LEGEND).append("\n\n| | ").append(String.join(" | ", columns)).append(" |\n|---|")
                .append("---|".repeat(columns.size())).append("\n| statements |");
        for (int i = 0; i < columns.size(); i++) {
            StringBuilder counts = new StringBuilder();
            matrix.statementCounts(i).forEach((state, count) -> counts.append(counts.isEmpty() ? " " : ", ")
                    .append(state).append(' ').append(count));
            md.append(counts).append(" |");
        }
        md.append("\n\n## Readings declared\n\n| ambiguity | ").append(String.join(" | ", columns)).append(" |\n|---|")
                .append("---|".repeat(columns.size())).append('\n');
        for (String ambiguity : matrix.ambiguities()) {
            List<String> declared = matrix.runs().stream()
                    .map(r -> r.backend().readingOf(ambiguity)).toList();
            boolean differs = declared.stream().distinct().count() > 1;
            md.append("| ").append(differs ? "≠ **" + ambiguity + "**" : ambiguity)
                    .append(matrix.catalog().ambiguity(ambiguity).map(a -> ": " + cell(a.title())).orElse(""))
                    .append(" | ").append(String.join(" | ", declared)).append(" |\n");
        }
        matrix.sections().forEach((section, rows) -> {
            md.append("\n## ").append(section).append("\n\n| statement | ").append(String.join(" | ", columns))
                    .append(" |\n|---|").append("---|".repeat(columns.size())).append('\n');
            for (MatrixRow row : rows) {
                String id = row.differs() ? "≠ **" + row.statement().id() + "**" : row.statement().id();
                md.append("| ").append(id).append(row.statement().untestedReason().map(r -> " (untested: " + cell(r) + ")")
                        .orElse(""));
                for (MatrixCell cell : row.cells()) {
                    String text = cell.link().map(l -> "[" + cell.text() + "](" + l + ")").orElse(cell.text());
                    md.append(" | ").append(text).append(cell.state() == StatementState.UNTESTED ? "" : " (" + cell.countsText() + ")");
                }
                md.append(" |\n");
            }
        });
        return md.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace('\n', ' ');
    }
}
