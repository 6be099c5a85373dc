package org.rtkconformance.reports.compare;

import org.rtkconformance.reports.results.RunResults;
import org.rtkconformance.reports.verdict.HtmlText;

import java.util.List;

import static org.rtkconformance.reports.verdict.HtmlText.escape;

/** Writes the comparison matrix as one self-contained HTML page. */
public final class ComparisonHtml {

    /** The matrix as an HTML page. */
    public String write(ComparisonMatrix matrix) {
        List<String> columns = matrix.columns();
        StringBuilder html = new StringBuilder(HtmlText.head("RtkOpenSharedMemory: backends compared"));
        html.append("<p id=\"summary\">").append(matrix.runs().size()).append(" runs, ")
                .append(matrix.differences()).append(" statement(s) on which they differ (listed first in each section).</p>\n");
        html.append("<table id=\"runs\"><tr><th>column</th><th>backend</th><th>run</th><th>readings declared</th></tr>\n");
        for (int i = 0; i < columns.size(); i++) {
            RunResults run = matrix.runs().get(i);
            html.append("<tr><td>").append(escape(columns.get(i))).append("</td><td>")
                    .append(escape(run.backend().product() + " " + run.backend().version() + " (" + run.backend().vendor() + ")"))
                    .append("</td><td>").append(escape(run.runId())).append("</td><td>")
                    .append(escape(String.join(", ", run.backend().readings().values().stream().sorted().toList())))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n<table id=\"matrix\">\n");
        matrix.sections().forEach((section, rows) -> {
            html.append("<tr><th colspan=\"").append(columns.size() + 2).append("\" id=\"")
                    .append(HtmlText.id(section)).append("\">").append(escape(section)).append("</th></tr>\n")
                    .append("<tr><th>statement</th><th>text</th>");
            columns.forEach(c -> html.append("<th>").append(escape(c)).append("</th>"));
            html.append("</tr>\n");
            for (MatrixRow row : rows) {
                html.append("<tr id=\"").append(row.statement().id()).append("\"")
                        .append(row.differs() ? " class=\"diff\"" : "").append("><td>")
                        .append(escape(row.statement().id())).append("</td><td>")
                        .append(escape(row.statement().text())).append("</td>");
                for (MatrixCell cell : row.cells()) {
                    String css = cell.verdict().map(Enum::name).orElse("NONE");
                    String text = escape(cell.text());
                    html.append("<td class=\"").append(css).append("\">")
                            .append(cell.link().map(l -> "<a href=\"" + escape(l) + "\">" + text + "</a>").orElse(text))
                            .append("</td>");
                }
                html.append("</tr>\n");
            }
        });
        return html.append("</table>\n</body>\n</html>\n").toString();
    }
}
