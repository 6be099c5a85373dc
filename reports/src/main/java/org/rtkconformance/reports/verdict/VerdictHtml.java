package org.rtkconformance.reports.verdict;

import org.rtkconformance.reports.results.Backend;

import java.util.Map;

import static org.rtkconformance.reports.verdict.HtmlText.escape;

/** Writes a verdict as one self-contained HTML page. */
public final class VerdictHtml {

    /** The verdict as an HTML page. */
    public String write(RunVerdict verdict) {
        Backend backend = verdict.run().backend();
        StringBuilder html = new StringBuilder(HtmlText.head("Verdict for backend " + backend.id()));
        html.append("<p id=\"verdict\" class=\"").append(verdict.title()).append("\">").append(verdict.title()).append("</p>\n");
        html.append("<p>").append(escape(backend.product() + " " + backend.version() + " (" + backend.vendor() + "), API "
                + backend.apiVersion() + "; run " + verdict.run().runId() + ", kit " + verdict.run().kitVersion()
                + (verdict.certification() ? "; certification mode" : "") + "; waivers checked on " + verdict.judgedOn()))
                .append("</p>\n");
        if (!verdict.conformant()) {
            html.append("<ul id=\"reasons\">\n");
            verdict.reasons().forEach(r -> html.append("<li>").append(escape(r)).append("</li>\n"));
            html.append("</ul>\n");
        }
        html.append("<h2>Counts</h2>\n<table id=\"counts\"><tr><th></th>");
        for (Outcome outcome : Outcome.values()) {
            html.append("<th>").append(outcome).append("</th>");
        }
        html.append("</tr>\n");
        row(html, "all", verdict.counts());
        verdict.byStrength().forEach((strength, counts) -> row(html, "@" + strength, counts));
        html.append("</table>\n<h2>Profiles</h2>\n<table id=\"profiles\"><tr><th>profile</th><th>score</th><th>covers</th></tr>\n");
        verdict.profiles().forEach(p -> html.append("<tr><td>").append(p.profile().title()).append("</td><td class=\"")
                .append(p.status()).append("\">").append(p.status()).append("</td><td>")
                .append(escape(p.profile().description())).append("</td></tr>\n"));
        html.append("</table>\n<h2>Reading fingerprint</h2>\n<table id=\"fingerprint\"><tr><th>ambiguity</th><th>declared</th><th>shown</th></tr>\n");
        verdict.fingerprint().forEach(f -> html.append("<tr><td>").append(f.ambiguity()).append("</td><td>")
                .append(escape(f.declared().orElse("-"))).append("</td><td class=\"").append(f.shown()).append("\">")
                .append(escape(f.shownText())).append("</td></tr>\n"));
        html.append("</table>\n");
        if (!verdict.problems().isEmpty()) {
            html.append("<h2>Waiver problems</h2>\n<ul id=\"waiver-problems\">\n");
            verdict.problems().forEach(p -> html.append("<li>").append(p.kind()).append(p.blocking() ? " (fails the run): " : ": ")
                    .append(escape(p.message())).append("</li>\n"));
            html.append("</ul>\n");
        }
        html.append("<h2>Scenarios that are not PASS</h2>\n<table id=\"scenarios\"><tr><th>scenario</th><th>outcome</th><th>waiver or message</th></tr>\n");
        verdict.scenarios().stream().filter(s -> s.outcome() != Outcome.PASS && s.outcome() != Outcome.NOT_APPLICABLE)
                .forEach(s -> html.append("<tr><td>").append(escape(s.scenario().id() + " " + s.scenario().name()))
                        .append("</td><td class=\"").append(s.outcome()).append("\">").append(s.outcome()).append("</td><td>")
                        .append(escape(s.waiver().map(w -> w.target() + ": " + w.reason() + " (" + w.link() + ")")
                                .orElse(s.scenario().message().orElse("")))).append("</td></tr>\n"));
        return html.append("</table>\n</body>\n</html>\n").toString();
    }

    private static void row(StringBuilder html, String label, Map<Outcome, Integer> counts) {
        html.append("<tr><th>").append(escape(label)).append("</th>");
        for (Outcome outcome : Outcome.values()) {
            html.append("<td>").append(counts.getOrDefault(outcome, 0)).append("</td>");
        }
        html.append("</tr>\n");
    }
}
