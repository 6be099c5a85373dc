package org.rtkconformance.reports.rulebook;

import org.rtkconformance.reports.catalog.Ambiguity;
import org.rtkconformance.reports.catalog.Statement;
import org.rtkconformance.reports.features.FeatureScenario;
import org.rtkconformance.reports.results.Backend;
import org.rtkconformance.reports.results.RunResults;
import org.rtkconformance.reports.results.ScenarioResult;
import org.rtkconformance.reports.results.Verdict;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.rtkconformance.reports.verdict.HtmlText.escape;

/**
 * Writes the rule book as one self-contained HTML page (inline CSS, no script), so that it opens from
 * {@code file://}. Every statement has the anchor of its id ({@code #OPEN-NAME-2}); Allure results link there.
 */
public final class HtmlRuleBookWriter {

    private static final String CSS = """
            body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2330;margin:0;background:#f6f7f9}
            main{max-width:1100px;margin:0 auto;padding:24px 28px 64px;background:#fff}
            h1{font-size:26px;margin:0 0 4px}h2{font-size:21px;margin:36px 0 8px;padding-bottom:4px;border-bottom:2px solid #dfe3ea}
            h3{font-size:16px;margin:0 0 6px}a{color:#1f5fbf}code,.mono{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:13px}
            table{border-collapse:collapse;width:100%;margin:8px 0}th,td{border:1px solid #dfe3ea;padding:4px 8px;text-align:left;vertical-align:top}
            th{background:#f0f2f5;font-weight:600}td.n{text-align:right}
            .stmt{border:1px solid #dfe3ea;border-left:5px solid #9aa3b2;border-radius:4px;padding:10px 14px;margin:14px 0}
            .stmt.pass{border-left-color:#2e8b57}.stmt.fail{border-left-color:#c62828}.stmt.not-verified{border-left-color:#e0a800}
            .stmt.untraced{border-left-color:#7b1fa2}.stmt.withdrawn{opacity:.6}
            .meta{color:#4a5263;font-size:13px;margin:2px 0 6px}.meta span{margin-right:14px}
            blockquote{margin:6px 0;padding:4px 10px;border-left:3px solid #c9ced8;color:#3b4252;background:#fafbfc}
            .badge{display:inline-block;padding:0 7px;border-radius:10px;font-size:12px;font-weight:600;color:#fff;background:#8a93a3;white-space:nowrap}
            .badge.pass{background:#2e8b57}.badge.fail{background:#c62828}.badge.unresolved{background:#e08a00}.badge.not-verified{background:#b07d00}
            .badge.unsupported,.badge.not-applicable{background:#8a93a3}.badge.not-run{background:#b0b6c0}
            .badge.untraced{background:#7b1fa2}.badge.untested{background:#5c6bc0}.badge.withdrawn{background:#b0b6c0}
            .msg{color:#5b2020;font-size:13px}.why{color:#6b4e00;font-size:13px;margin:2px 0}.note{color:#4a5263;font-size:13px}
            nav.toc a{margin-right:12px}
            """;

    /** The whole page. */
    public String write(RuleBook book) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>RtkOpenSharedMemory rule book</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>RtkOpenSharedMemory rule book</h1>\n")
                .append("<p class=\"note\">Every statement of the catalog with the scenarios that check it and their latest verdicts. Catalog: <code>")
                .append(escape(book.catalogFile().getFileName().toString())).append("</code>.</p>\n");
        run(book, html);
        coverage(book, html);
        book.sections().forEach((section, entries) -> {
            html.append("<h2 id=\"").append(sectionId(section)).append("\">").append(escape(section)).append("</h2>\n");
            entries.forEach(entry -> statement(entry, book, html));
        });
        gaps(book, html);
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void run(RuleBook book, StringBuilder html) {
        if (book.run().isEmpty()) {
            html.append("<p class=\"note\">No results file was given: statuses show coverage only.</p>\n");
            return;
        }
        RunResults run = book.run().get();
        Backend backend = run.backend();
        html.append("<table id=\"run\"><tr><th>Backend</th><td><b>").append(escape(backend.id())).append("</b> ")
                .append(escape(backend.product())).append(' ').append(escape(backend.version()))
                .append(" (").append(escape(backend.vendor())).append("), API ").append(escape(backend.apiVersion()))
                .append(backend.error().map(e -> "<div class=\"msg\">" + escape(e) + "</div>").orElse(""))
                .append("</td></tr>\n<tr><th>Readings declared</th><td>")
                .append(escape(backend.readings().isEmpty() ? "none" : String.join(", ", backend.readingsInOrder())))
                .append("</td></tr>\n<tr><th>Run</th><td>").append(escape(run.runId()))
                .append(run.startedAt().map(s -> ", started " + escape(s)).orElse(""))
                .append(", kit ").append(escape(run.kitVersion())).append("</td></tr>\n<tr><th>Scenarios</th><td>");
        run.counts().forEach((verdict, count) -> html.append(badge(verdict.name(), cssClass(verdict)))
                .append(' ').append(count).append(" &nbsp; "));
        html.append("</td></tr>\n<tr><th>Statements</th><td>");
        Map<StatementStatus, Long> states = book.entries().stream().filter(e -> !e.statement().withdrawn())
                .collect(Collectors.groupingBy(StatementEntry::status, () -> new java.util.EnumMap<>(StatementStatus.class),
                        Collectors.counting()));
        states.forEach((status, count) -> html.append(badge(status.label(), status.cssClass())).append(' ').append(count)
                .append(" &nbsp; "));
        html.append("<div class=\"note\">PASS only when every scenario that applies to the backend ran and passed; "
                + "FAIL when one failed; otherwise NOT_VERIFIED, with the reason under the statement.</div>");
        html.append("</td></tr></table>\n");
    }

    private static void coverage(RuleBook book, StringBuilder html) {
        html.append("<h2 id=\"coverage\">Coverage</h2>\n<table><tr><th>Section</th><th>Statements</th><th>With scenarios</th>")
                .append("<th>Untested (with reason)</th><th>Untraced</th><th>Scenarios</th><th>PASS</th><th>NOT_VERIFIED</th><th>FAIL</th></tr>\n");
        for (SectionCoverage row : book.coverage()) {
            coverageRow(html, "<a href=\"#" + sectionId(row.section()) + "\">" + escape(row.section()) + "</a>", row);
        }
        coverageRow(html, "<b>All sections</b>", book.total());
        html.append("</table>\n");
    }

    private static void coverageRow(StringBuilder html, String name, SectionCoverage row) {
        html.append("<tr><td>").append(name).append("</td><td class=\"n\">").append(row.statements())
                .append("</td><td class=\"n\">").append(row.traced()).append("</td><td class=\"n\">").append(row.untested())
                .append("</td><td class=\"n\">").append(row.untraced()).append("</td><td class=\"n\">").append(row.scenarios())
                .append("</td><td class=\"n\">").append(row.passing()).append("</td><td class=\"n\">").append(row.notVerified())
                .append("</td><td class=\"n\">").append(row.failing()).append("</td></tr>\n");
    }

    private static void statement(StatementEntry entry, RuleBook book, StringBuilder html) {
        Statement s = entry.statement();
        StatementStatus status = entry.status();
        html.append("<div class=\"stmt ").append(status.cssClass()).append("\" id=\"").append(escape(s.id())).append("\">\n")
                .append("<h3><a href=\"#").append(escape(s.id())).append("\">").append(escape(s.id())).append("</a> ")
                .append(badge(status.label(), status.cssClass())).append("</h3>\n")
                .append("<div>").append(escape(s.text())).append("</div>\n");
        if (status == StatementStatus.NOT_VERIFIED || status == StatementStatus.FAIL) {
            html.append("<div class=\"why\">").append(escape(entry.rollup().text() + " passed: " + entry.rollup().reason()))
                    .append("</div>\n");
        }
        s.quote().ifPresent(q -> html.append("<blockquote>").append(escape(q)).append("</blockquote>\n"));
        html.append("<div class=\"meta\"><span>section: ").append(escape(s.section())).append("</span><span>kind: ")
                .append(escape(s.kind())).append("</span><span>strength: ").append(escape(s.strength())).append("</span>");
        s.source().ifPresent(src -> html.append("<span>source: ").append(escape(src)).append("</span>"));
        html.append("</div>\n");
        s.untestedReason().ifPresent(r -> html.append("<div class=\"note\">Not tested: ").append(escape(r)).append("</div>\n"));
        if (!s.ambiguities().isEmpty()) {
            html.append("<ul class=\"note\">");
            s.ambiguities().forEach(d -> html.append("<li>").append(ambiguity(d, entry, book)).append("</li>"));
            html.append("</ul>\n");
        }
        if (!entry.scenarios().isEmpty()) {
            html.append("<table><tr><th>Scenario</th><th>Tags</th><th>Latest results</th></tr>\n");
            entry.scenarios().forEach(trace -> scenario(trace, html));
            html.append("</table>\n");
        }
        html.append("</div>\n");
    }

    private static String ambiguity(String ambiguity, StatementEntry entry, RuleBook book) {
        List<String> pinned = entry.pinnedReadings(ambiguity);
        String declared = book.run().map(r -> r.backend().readings().get(ambiguity)).orElse(null);
        Optional<Ambiguity> described = book.ambiguity(ambiguity);
        return "<b>" + escape(ambiguity) + "</b>" + described.map(a -> " " + escape(a.title())).orElse("") + ":"
                + (pinned.isEmpty() ? " no scenario pins a reading"
                : " scenarios pin " + pinned.stream().map(r -> reading(r, described)).collect(Collectors.joining(", ")))
                + (book.run().isEmpty() ? "" : declared == null ? "; the backend declares none"
                : "; the backend declares " + reading(declared, described));
    }

    private static String reading(String reading, Optional<Ambiguity> ambiguity) {
        return "<code>" + escape(reading) + "</code>" + ambiguity.flatMap(a -> a.describe(reading))
                .map(text -> " (" + escape(text) + ")").orElse("");
    }

    private static void scenario(ScenarioTrace trace, StringBuilder html) {
        FeatureScenario scenario = trace.scenario();
        html.append("<tr><td>").append(escape(scenario.name())).append("<br><span class=\"mono note\">")
                .append(escape(scenario.path())).append(':').append(scenario.line()).append("</span></td><td class=\"mono\">")
                .append(escape(scenario.tags().stream().filter(t -> !t.startsWith("statement:"))
                        .map(t -> "@" + t).collect(Collectors.joining(" "))))
                .append("</td><td>");
        if (trace.results().isEmpty()) {
            html.append(badge("not run", "not-run"));
        }
        for (TracedResult traced : trace.results()) {
            ScenarioResult result = traced.result();
            Verdict verdict = result.verdict();
            String label = badge(verdict.name(), cssClass(verdict));
            html.append("<div>").append(traced.allureLink()
                            .map(link -> "<a href=\"" + escape(link) + "\" title=\"Open in the Allure report\">" + label + "</a>")
                            .orElse(label))
                    .append(' ').append(escape(result.example().orElse(result.name())));
            result.message().filter(m -> verdict != Verdict.PASS)
                    .ifPresent(m -> html.append("<div class=\"msg\">").append(escape(m)).append("</div>"));
            html.append("</div>");
        }
        html.append("</td></tr>\n");
    }

    private static void gaps(RuleBook book, StringBuilder html) {
        if (book.untagged().isEmpty() && book.unknownStatements().isEmpty() && book.unmatchedResults().isEmpty()) {
            return;
        }
        html.append("<h2 id=\"untraced\">Untraced scenarios and results</h2>\n<ul>\n");
        book.untagged().forEach(s -> html.append("<li>No <code>@statement:</code> tag: ").append(where(s)).append("</li>\n"));
        for (Map.Entry<String, List<FeatureScenario>> e : book.unknownStatements().entrySet()) {
            html.append("<li>Unknown statement <code>").append(escape(e.getKey())).append("</code> named by ")
                    .append(e.getValue().stream().map(HtmlRuleBookWriter::where).collect(Collectors.joining(", "))).append("</li>\n");
        }
        book.unmatchedResults().forEach(r -> html.append("<li>Result of a scenario not in the feature files: ")
                .append(escape(r.name())).append(" <span class=\"mono\">").append(escape(r.uri())).append(':')
                .append(r.line()).append("</span> ").append(badge(r.verdict().name(), cssClass(r.verdict())))
                .append("</li>\n"));
        html.append("</ul>\n");
    }

    private static String where(FeatureScenario s) {
        return escape(s.name()) + " <span class=\"mono\">" + escape(s.path()) + ":" + s.line() + "</span>";
    }

    /** The badge class of one scenario result. */
    private static String cssClass(Verdict verdict) {
        return verdict.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static String badge(String text, String cssClass) {
        return "<span class=\"badge " + cssClass + "\">" + escape(text) + "</span>";
    }

    /** The anchor of a section heading ({@code Return value} gives {@code section-return-value}). */
    private static String sectionId(String section) {
        return "section-" + org.rtkconformance.reports.verdict.HtmlText.id(section);
    }
}
