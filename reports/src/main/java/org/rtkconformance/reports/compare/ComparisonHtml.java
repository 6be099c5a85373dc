package org.rtkconformance.reports.compare;

import org.rtkconformance.reports.results.RunResults;
import org.rtkconformance.reports.verdict.HtmlText;
import org.rtkconformance.reports.verdict.StatementState;

import java.util.List;

import static org.rtkconformance.reports.verdict.HtmlText.escape;

/** Writes the comparison matrix as one self-contained HTML page: one column per run, however many. */
public final class ComparisonHtml {

    /** What a cell means, shown above the matrix (and in the Markdown page). */
    static final String LEGEND = "Each cell is the statement's state on that backend under the kit's one roll-up rule, "
            + "then how many of its applicable scenario runs make it so, of how many apply: PASS 4/4 means all 4 ran "
            + "and passed; FAIL 1/5 means 1 of 5 failed; NOT_VERIFIED 2/5 means nothing failed but 2 of 5 did not run "
            + "or could not decide (UNSUPPORTED, UNRESOLVED); NOT_VERIFIED 0/0 means no scenario applies (each pins a "
            + "reading the backend does not declare). NOT_APPLICABLE runs do not count. The small line gives the runs "
            + "per result class. A row is flagged ≠ when the backends differ in the state or in any class count.";

    /** The matrix as an HTML page. */
    public String write(ComparisonMatrix matrix) {
        List<String> columns = matrix.columns();
        StringBuilder html = new StringBuilder(HtmlText.head("RtkOpenSharedMemory: backends compared"));
        html.append("<p id=\"summary\">").append(matrix.runs().size()).append(" runs (")
                .append(escape(String.join(", ", columns))).append("), ").append(matrix.differences())
                .append(" statement(s) on which they differ (flagged ≠, listed first in each section).</p>\n");
        html.append("<p id=\"legend\" class=\"legend\">").append(escape(LEGEND)).append("</p>\n");
        html.append("<table id=\"runs\"><tr><th></th>");
        columns.forEach(c -> html.append("<th>").append(escape(c)).append("</th>"));
        html.append("</tr>\n<tr><th>backend</th>");
        matrix.runs().forEach(run -> html.append("<td>").append(escape(run.backend().product() + " "
                + run.backend().version() + " (" + run.backend().vendor() + ")")).append("</td>"));
        html.append("</tr>\n<tr><th>run</th>");
        matrix.runs().forEach(run -> html.append("<td>").append(escape(run.runId())).append("</td>"));
        html.append("</tr>\n<tr><th>statements</th>");
        for (int i = 0; i < columns.size(); i++) {
            html.append("<td>");
            matrix.statementCounts(i).forEach((state, count) -> html.append("<span class=\"count ").append(state)
                    .append("\">").append(state).append(' ').append(count).append("</span> "));
            html.append("</td>");
        }
        html.append("</tr>\n</table>\n");
        readings(html, matrix, columns);
        html.append("<table id=\"matrix\">\n");
        matrix.sections().forEach((section, rows) -> {
            html.append("<tr><th colspan=\"").append(columns.size() + 3).append("\" id=\"")
                    .append(HtmlText.id(section)).append("\">").append(escape(section)).append("</th></tr>\n")
                    .append("<tr><th></th><th>statement</th><th>text</th>");
            columns.forEach(c -> html.append("<th>").append(escape(c)).append("</th>"));
            html.append("</tr>\n");
            for (MatrixRow row : rows) {
                html.append("<tr id=\"").append(escape(row.statement().id())).append("\"")
                        .append(row.differs() ? " class=\"diff\"" : "").append("><td class=\"flag\">")
                        .append(row.differs() ? "≠" : "").append("</td><td class=\"id\">")
                        .append(escape(row.statement().id())).append("</td><td>")
                        .append(escape(row.statement().text()));
                row.statement().untestedReason().ifPresent(r -> html.append("<div class=\"why\">untested: ")
                        .append(escape(r)).append("</div>"));
                html.append("</td>");
                for (MatrixCell cell : row.cells()) {
                    String text = escape(cell.text());
                    html.append("<td class=\"").append(cell.state()).append("\" title=\"").append(escape(cell.rollup().reason()))
                            .append("\">").append(cell.link().map(l -> "<a href=\"" + escape(l) + "\">" + text + "</a>").orElse(text));
                    if (cell.state() != StatementState.UNTESTED) {
                        html.append("<div class=\"classes\">").append(escape(cell.countsText())).append("</div>");
                    }
                    html.append("</td>");
                }
                html.append("</tr>\n");
            }
        });
        return html.append("</table>\n</body>\n</html>\n").toString();
    }

    /** The readings each backend declares or, undeclared, showed when probed; ambiguities in natural order (D-2 before D-10), differences flagged. */
    private static void readings(StringBuilder html, ComparisonMatrix matrix, List<String> columns) {
        html.append("<h2>Readings declared</h2>\n<table id=\"readings\"><tr><th></th><th>ambiguity</th>");
        columns.forEach(c -> html.append("<th>").append(escape(c)).append("</th>"));
        html.append("</tr>\n");
        for (String ambiguity : matrix.ambiguities()) {
            List<String> declared = matrix.runs().stream().map(RunResults::backend)
                    .map(b -> b.readingOf(ambiguity)).toList();
            boolean differs = declared.stream().distinct().count() > 1;
            String title = matrix.catalog().ambiguity(ambiguity).map(a -> ": " + a.title()).orElse("");
            html.append("<tr").append(differs ? " class=\"diff\"" : "").append("><td class=\"flag\">")
                    .append(differs ? "≠" : "").append("</td><td>").append(escape(ambiguity + title)).append("</td>");
            declared.forEach(d -> html.append("<td>").append(escape(d)).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }
}
