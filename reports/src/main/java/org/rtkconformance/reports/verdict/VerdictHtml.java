package org.rtkconformance.reports.verdict;

import org.rtkconformance.reports.results.Backend;
import org.rtkconformance.reports.results.ScenarioResult;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.rtkconformance.reports.verdict.HtmlText.escape;

/**
 * Writes a verdict as one self-contained HTML page, in the order a reader asks: the verdict, the counts,
 * what did not run and why, then the details. Every listed scenario links to its rule book entry (the
 * rule book sits beside the verdict folder, {@value #RULE_BOOK}) and, when a generated Allure report is
 * known, to its Allure entry.
 */
public final class VerdictHtml {

    /** The rule book, relative to the verdict folder (both are written into the same run or report folder). */
    public static final String RULE_BOOK = "../rulebook/index.html";

    private final Function<ScenarioResult, Optional<String>> allureLinks;

    /** A page whose scenarios link to the rule book only. */
    public VerdictHtml() {
        this(scenario -> Optional.empty());
    }

    /** @param allureLinks the link from the verdict folder to a scenario's Allure entry, when the report holds it */
    public VerdictHtml(Function<ScenarioResult, Optional<String>> allureLinks) {
        this.allureLinks = allureLinks;
    }

    /** The verdict as an HTML page. */
    public String write(RunVerdict verdict) {
        Backend backend = verdict.run().backend();
        StringBuilder html = new StringBuilder(HtmlText.head("Verdict for backend " + backend.id()));
        html.append("<p id=\"verdict\" class=\"headline ").append(verdict.title()).append("\">").append(escape(verdict.headline()))
                .append("</p>\n");
        html.append("<p id=\"gist\" class=\"gist\">").append(escape(gist(verdict))).append("</p>\n");
        html.append("<p id=\"backend\">").append(escape(backend.product() + " " + backend.version() + " (" + backend.vendor()
                + "), API " + backend.apiVersion() + "; run " + verdict.run().runId() + ", kit " + verdict.run().kitVersion()
                + (verdict.certification() ? "; certification mode" : "") + "; waivers checked on " + verdict.judgedOn()))
                .append("</p>\n");
        if (!verdict.conformant()) {
            html.append("<ul id=\"reasons\">\n");
            verdict.reasons().forEach(r -> html.append("<li>").append(escape(r)).append("</li>\n"));
            html.append("</ul>\n");
        }
        statementCounts(html, verdict);
        html.append("<h2>Scenario runs</h2>\n<table id=\"counts\"><tr><th></th>");
        for (Outcome outcome : Outcome.values()) {
            html.append("<th>").append(outcome).append("</th>");
        }
        html.append("</tr>\n");
        row(html, "all", verdict.counts());
        verdict.byStrength().forEach((strength, counts) -> row(html, "@" + strength, counts));
        html.append("</table>\n");
        notRun(html, verdict);
        failures(html, verdict);
        if (!verdict.problems().isEmpty()) {
            html.append("<h2>Waiver problems</h2>\n<ul id=\"waiver-problems\">\n");
            verdict.problems().forEach(p -> html.append("<li>").append(p.kind()).append(p.blocking() ? " (fails the run): " : ": ")
                    .append(escape(p.message())).append("</li>\n"));
            html.append("</ul>\n");
        }
        html.append("<h2>Profiles</h2>\n<table id=\"profiles\"><tr><th>profile</th><th>score</th><th>covers</th></tr>\n");
        verdict.profiles().forEach(p -> html.append("<tr><td>").append(p.profile().title()).append("</td><td class=\"")
                .append(p.status()).append("\">").append(p.status()).append("</td><td>")
                .append(escape(p.profile().description())).append("</td></tr>\n"));
        html.append("</table>\n<h2>Reading fingerprint</h2>\n<table id=\"fingerprint\"><tr><th>ambiguity</th><th>declared</th>"
                + "<th>shown</th></tr>\n");
        verdict.fingerprint().forEach(f -> html.append("<tr><td>").append(escape(f.ambiguity() + title(verdict, f.ambiguity())))
                .append("</td><td>").append(escape(f.declared().orElse("-"))).append("</td><td class=\"").append(f.shown())
                .append("\">").append(escape(f.shownText())).append("</td></tr>\n"));
        html.append("</table>\n");
        statements(html, verdict);
        return html.append("</body>\n</html>\n").toString();
    }

    /** One sentence under the verdict: how many statements are verified, and what keeps the rest from it. */
    static String gist(RunVerdict verdict) {
        Map<StatementState, Integer> counts = verdict.statementCounts();
        int tested = verdict.statements().size() - counts.get(StatementState.UNTESTED);
        return counts.get(StatementState.PASS) + " of " + tested + " tested statements verified (PASS)"
                + (counts.get(StatementState.FAIL) > 0 ? ", " + counts.get(StatementState.FAIL) + " FAIL" : "")
                + (counts.get(StatementState.NOT_VERIFIED) > 0 ? ", " + counts.get(StatementState.NOT_VERIFIED)
                + " NOT_VERIFIED (listed under \"What did not run, and why\")" : "")
                + (counts.get(StatementState.UNTESTED) > 0 ? "; " + counts.get(StatementState.UNTESTED)
                + " untested by design" : "") + ".";
    }

    /** The statement roll-up first: it is what a vendor reads the result by. */
    private static void statementCounts(StringBuilder html, RunVerdict verdict) {
        html.append("<h2>Statements</h2>\n<p id=\"statement-counts\">");
        verdict.statementCounts().forEach((state, count) -> html.append("<span class=\"count ").append(state)
                .append("\">").append(state).append(" ").append(count).append("</span> "));
        html.append("</p>\n<p class=\"legend\">A statement is PASS only when every scenario of it that applies to this "
                + "backend ran and passed; FAIL when one failed (waived failures included); otherwise NOT_VERIFIED. "
                + "UNTESTED statements have no scenario, for the reason the catalog gives.</p>\n");
    }

    private void notRun(StringBuilder html, RunVerdict verdict) {
        List<JudgedStatement> unverified = verdict.statements().stream()
                .filter(s -> s.rollup().state() == StatementState.NOT_VERIFIED).toList();
        List<JudgedScenario> undecided = verdict.scenarios().stream()
                .filter(s -> s.outcome() == Outcome.UNSUPPORTED || s.outcome() == Outcome.UNRESOLVED).toList();
        html.append("<h2 id=\"not-run\">What did not run, and why</h2>\n");
        if (unverified.isEmpty() && undecided.isEmpty()) {
            html.append("<p>Every scenario that applies to this backend ran to PASS or FAIL.</p>\n");
            return;
        }
        if (!unverified.isEmpty()) {
            html.append("<table id=\"not-verified\"><tr><th>statement</th><th>text</th><th>why it is not verified</th></tr>\n");
            unverified.forEach(s -> html.append("<tr><td>").append(statementLink(s.id())).append("</td><td>")
                    .append(escape(s.text().orElse(""))).append("</td><td>").append(escape(s.rollup().reason()))
                    .append("</td></tr>\n"));
            html.append("</table>\n");
        }
        if (!undecided.isEmpty()) {
            html.append("<h3>Scenarios that did not decide</h3>\n");
            scenarioTable(html, "undecided", undecided);
        }
    }

    private void failures(StringBuilder html, RunVerdict verdict) {
        List<JudgedScenario> failed = verdict.scenarios().stream()
                .filter(s -> s.outcome() == Outcome.FAIL || s.outcome() == Outcome.XFAIL || s.outcome() == Outcome.XPASS).toList();
        html.append("<h2>Failures and waivers</h2>\n");
        if (failed.isEmpty()) {
            html.append("<p>No scenario failed, and no waiver applied.</p>\n");
        } else {
            scenarioTable(html, "scenarios", failed);
        }
    }

    /** A table of scenarios; the Allure column only when a generated report holds some of them. */
    private void scenarioTable(StringBuilder html, String id, List<JudgedScenario> scenarios) {
        boolean allure = scenarios.stream().anyMatch(s -> allureLinks.apply(s.scenario()).isPresent());
        html.append("<table id=\"").append(id).append("\"><tr><th>scenario</th><th>outcome</th><th>statements</th>"
                + "<th>waiver or message</th>").append(allure ? "<th>Allure</th>" : "").append("</tr>\n");
        for (JudgedScenario s : scenarios) {
            ScenarioResult result = s.scenario();
            html.append("<tr><td>").append(escape(result.id() + " " + result.name()))
                    .append(result.example().map(e -> "<br><small>" + escape(e) + "</small>").orElse(""))
                    .append("</td><td class=\"").append(s.outcome()).append("\">").append(s.outcome()).append("</td><td>");
            result.statements().forEach(statement -> html.append(statementLink(statement)).append(' '));
            html.append("</td><td>").append(escape(s.waiver().map(w -> w.target() + ": " + w.reason() + " (" + w.link() + ")")
                    .orElse(result.message().orElse("")))).append("</td>");
            if (allure) {
                html.append("<td>").append(allureLinks.apply(result)
                        .map(l -> "<a class=\"allure\" href=\"" + escape(l) + "\">entry</a>").orElse("-")).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static void statements(StringBuilder html, RunVerdict verdict) {
        html.append("<h2>Every statement</h2>\n<table id=\"statements\"><tr><th>statement</th><th>section</th><th>text</th>"
                + "<th>status</th><th>why</th></tr>\n");
        for (JudgedStatement s : verdict.statements()) {
            StatementRollup r = s.rollup();
            html.append("<tr><td>").append(statementLink(s.id())).append("</td><td>").append(escape(s.section().orElse("")))
                    .append("</td><td>").append(escape(s.text().orElse(""))).append("</td><td class=\"").append(r.state())
                    .append("\">").append(escape(r.text())).append("</td><td>").append(escape(r.reason())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static String statementLink(String id) {
        return "<a class=\"rulebook\" href=\"" + RULE_BOOK + "#" + escape(id) + "\">" + escape(id) + "</a>";
    }

    private static String title(RunVerdict verdict, String ambiguity) {
        return verdict.catalog().flatMap(c -> c.ambiguity(ambiguity)).map(a -> ": " + a.title()).orElse("");
    }

    private static void row(StringBuilder html, String label, Map<Outcome, Integer> counts) {
        html.append("<tr><th>").append(escape(label)).append("</th>");
        for (Outcome outcome : Outcome.values()) {
            html.append("<td>").append(counts.getOrDefault(outcome, 0)).append("</td>");
        }
        html.append("</tr>\n");
    }
}
