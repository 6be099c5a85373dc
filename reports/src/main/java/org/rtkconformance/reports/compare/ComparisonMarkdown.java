package org.rtkconformance.reports.compare;

import java.util.List;

/** Writes the comparison matrix as Markdown: one table per section, differing statements first and in bold. */
public final class ComparisonMarkdown {

    /** The matrix as a Markdown page. */
    public String write(ComparisonMatrix matrix) {
        List<String> columns = matrix.columns();
        StringBuilder md = new StringBuilder("# RtkOpenSharedMemory: backends compared\n\n");
        md.append(matrix.runs().size()).append(" runs (").append(String.join(", ", columns)).append("), ")
                .append(matrix.differences()).append(" statement(s) on which they differ (first in each section, in bold).\n");
        matrix.sections().forEach((section, rows) -> {
            md.append("\n## ").append(section).append("\n\n| statement | ").append(String.join(" | ", columns))
                    .append(" |\n|---|").append("---|".repeat(columns.size())).append('\n');
            for (MatrixRow row : rows) {
                String id = row.differs() ? "**" + row.statement().id() + "**" : row.statement().id();
                md.append("| ").append(id);
                for (MatrixCell cell : row.cells()) {
                    md.append(" | ").append(cell.link().map(l -> "[" + cell.text() + "](" + l + ")").orElse(cell.text()));
                }
                md.append(" |\n");
            }
        });
        return md.toString();
    }
}
