package org.rtkconformance.selftest.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The kill matrix: statements and readings down, mutants across, each cell the number of scenarios
 * carrying that tag that failed against that mutant; the mutant's own target is marked. Written as
 * Markdown ({@value #MARKDOWN}) and as a self-contained HTML page ({@value #HTML}).
 */
public final class KillMatrix {

    public static final String MARKDOWN = "kill-matrix.md";
    public static final String HTML = "kill-matrix.html";

    private final SweepReport report;
    private final List<String> rows;

    public KillMatrix(SweepReport report) {
        this.report = report;
        TreeSet<String> tags = new TreeSet<>(KillMatrix::compareIds);
        for (MutantResult result : report.mutants()) {
            tags.add(result.violates());
            tags.addAll(result.failsByTag().keySet());
        }
        this.rows = new ArrayList<>(tags);
    }

    /** Statements first (by family, then number), readings after (D-1 .. D-24). */
    static int compareIds(String a, String b) {
        boolean readingA = a.startsWith("D-");
        boolean readingB = b.startsWith("D-");
        if (readingA != readingB) {
            return readingA ? 1 : -1;
        }
        return Comparator.comparing(KillMatrix::naturalKey).compare(a, b);
    }

    private static String naturalKey(String id) {
        StringBuilder key = new StringBuilder();
        for (String part : id.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)")) {
            key.append(part.chars().allMatch(Character::isDigit) ? String.format("%05d", Integer.parseInt(part)) : part);
        }
        return key.toString();
    }

    public void write(Path directory) throws IOException {
        Files.writeString(directory.resolve(MARKDOWN), markdown(), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve(HTML), html(), StandardCharsets.UTF_8);
    }

    private String column(int index) {
        return "M" + (index + 1);
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Kill matrix\n\n").append(report.summary()).append(String.format(" (sweep %.1f s, %d scenarios per launch)%n%n",
                report.wallSeconds(), report.scenarios()));
        md.append("Reference: ").append(report.referenceTally()).append(report.referenceProblems().isEmpty()
                ? ", every required scenario passes.\n\n" : ", problems:\n\n");
        report.referenceProblems().forEach(problem -> md.append("- ").append(escape(problem)).append('\n'));
        md.append("Reference declaring no reading: ").append(report.undeclaredTally()).append(", ")
                .append(report.undeclaredFloors()).append(" floor scenarios passed; shown, not declared: ")
                .append(escape(report.undeclaredShown()))
                .append(report.undeclaredProblems().isEmpty() ? ".\n\n" : "; problems:\n\n");
        report.undeclaredProblems().forEach(problem -> md.append("- ").append(escape(problem)).append('\n'));
        if (!report.notExercised().isEmpty()) {
            md.append("Required scenarios the reference cannot run (never counted as passed):\n\n");
            report.notExercised().forEach(skipped -> md.append("- ").append(escape(skipped)).append('\n'));
        }
        md.append("\n## Mutants\n\n| | mutant | violates | what it does wrong | result | killed by (own statement) |\n")
                .append("|---|---|---|---|---|---|\n");
        for (int i = 0; i < report.mutants().size(); i++) {
            MutantResult result = report.mutants().get(i);
            md.append("| ").append(column(i)).append(" | `").append(result.id()).append("` | ").append(result.violates())
                    .append(" | ").append(escape(result.description())).append(" | ").append(verdict(result)).append(" | ")
                    .append(escape(killers(result))).append(" |\n");
        }
        md.append("\n## Statement x mutant\n\nEach cell counts the failed scenarios tagged with the row's statement or"
                + " reading; **bold** marks the statement the mutant violates.\n\n| statement |");
        for (int i = 0; i < report.mutants().size(); i++) {
            md.append(' ').append(column(i)).append(" |");
        }
        md.append("\n|---|").append("---|".repeat(report.mutants().size())).append('\n');
        for (String row : rows) {
            md.append("| ").append(row).append(" |");
            for (MutantResult result : report.mutants()) {
                int count = result.failsByTag().getOrDefault(row, 0);
                boolean own = row.equals(result.violates());
                md.append(' ').append(own ? "**" + count + "**" : count == 0 ? "" : String.valueOf(count)).append(" |");
            }
            md.append('\n');
        }
        return md.toString();
    }

    String html() {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>rtk-conformance kill matrix</title>\n")
                .append("<style>body{font-family:sans-serif;font-size:13px}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #ccc;padding:2px 5px;text-align:center}td.l,th.l{text-align:left}")
                .append("th{background:#eee;position:sticky;top:0}.own{background:#9c6;font-weight:bold}")
                .append(".miss{background:#f66;font-weight:bold}.hit{background:#eef}.gap{background:#fc6}</style></head><body>\n")
                .append("<h1>Kill matrix</h1>\n<p>").append(text(report.summary()))
                .append(String.format(" (sweep %.1f s, %d scenarios per launch)</p>%n", report.wallSeconds(), report.scenarios()))
                .append("<p>Reference: ").append(text(report.referenceTally())).append("</p>\n")
                .append("<p>Reference declaring no reading: ").append(text(report.undeclaredTally())).append(", ")
                .append(report.undeclaredFloors()).append(" floor scenarios passed; shown, not declared: ")
                .append(text(report.undeclaredShown()))
                .append(text(report.undeclaredProblems().isEmpty() ? "" : "; problems: "
                        + String.join("; ", report.undeclaredProblems()))).append("</p>\n");
        if (!report.referenceProblems().isEmpty()) {
            html.append("<ul>");
            report.referenceProblems().forEach(problem -> html.append("<li>").append(text(problem)).append("</li>"));
            html.append("</ul>\n");
        }
        if (!report.notExercised().isEmpty()) {
            html.append("<p>Required scenarios the reference cannot run (never counted as passed):</p><ul>");
            report.notExercised().forEach(skipped -> html.append("<li>").append(text(skipped)).append("</li>"));
            html.append("</ul>\n");
        }
        html.append("<h2>Mutants</h2>\n<table><tr><th></th><th class=\"l\">mutant</th><th>violates</th>"
                + "<th class=\"l\">what it does wrong</th><th>result</th><th class=\"l\">killed by (own statement)</th></tr>\n");
        for (int i = 0; i < report.mutants().size(); i++) {
            MutantResult result = report.mutants().get(i);
            html.append("<tr><td>").append(column(i)).append("</td><td class=\"l\"><code>").append(text(result.id()))
                    .append("</code></td><td>").append(text(result.violates())).append("</td><td class=\"l\">")
                    .append(text(result.description())).append("</td><td class=\"").append(cssOf(result)).append("\">")
                    .append(text(verdict(result))).append("</td><td class=\"l\">").append(text(killers(result)))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n<h2>Statement &times; mutant</h2>\n<table><tr><th class=\"l\">statement</th>");
        for (int i = 0; i < report.mutants().size(); i++) {
            html.append("<th title=\"").append(text(report.mutants().get(i).id())).append("\">").append(column(i)).append("</th>");
        }
        html.append("</tr>\n");
        for (String row : rows) {
            html.append("<tr><td class=\"l\">").append(text(row)).append("</td>");
            for (MutantResult result : report.mutants()) {
                int count = result.failsByTag().getOrDefault(row, 0);
                String css = row.equals(result.violates()) ? (count > 0 ? "own" : cssOf(result)) : count > 0 ? "hit" : "";
                html.append("<td class=\"").append(css).append("\" title=\"").append(text(result.id())).append(" / ")
                        .append(text(row)).append("\">").append(count == 0 ? "" : count).append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</table>\n</body></html>\n").toString();
    }

    private static String verdict(MutantResult result) {
        String kill = result.kill().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return result.knownGap() == null ? kill : kill + " (known gap: " + result.knownGap() + ")";
    }

    private static String cssOf(MutantResult result) {
        return result.knownGap() != null ? "gap" : result.kill() == Kill.KILLED_BY_OWN_STATEMENT ? "own" : "miss";
    }

    private static String killers(MutantResult result) {
        if (result.ownKillers().isEmpty()) {
            return result.otherKillers().isEmpty() ? "-" : "only elsewhere: " + String.join("; ", result.otherKillers());
        }
        List<String> shown = result.ownKillers().subList(0, Math.min(3, result.ownKillers().size()));
        return String.join("; ", shown) + (result.ownKillers().size() > shown.size()
                ? " (+" + (result.ownKillers().size() - shown.size()) + " more)" : "");
    }

    private static String escape(String markdown) {
        return markdown.replace("|", "\\|").replace("\n", " ");
    }

    private static String text(String plain) {
        return plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
