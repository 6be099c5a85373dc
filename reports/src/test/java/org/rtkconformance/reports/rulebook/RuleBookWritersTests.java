package org.rtkconformance.reports.rulebook;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RuleBookWritersTests {

    private final RuleBook book = RuleBookAssemblerTests.fixtureBook(Optional.empty());

    @Test
    void the_html_page_anchors_every_statement_and_keeps_sections_in_page_order() {
        String html = new HtmlRuleBookWriter().write(book);

        for (String id : new String[] {"OPEN-PURPOSE-1", "OPEN-NAME-2", "OPEN-NAME-4", "OPEN-RET-2", "OPEN-REQ-4", "OPEN-SIG-9"}) {
            assertThat(html).contains("id=\"" + id + "\"").contains("href=\"#" + id + "\"");
        }
        int purpose = html.indexOf("id=\"section-purpose\"");
        int name = html.indexOf("id=\"section-name\"");
        int returnValue = html.indexOf("id=\"section-return-value\"");
        int requirements = html.indexOf("id=\"section-requirements\"");
        assertThat(purpose).isPositive().isLessThan(name);
        assertThat(name).isLessThan(returnValue);
        assertThat(returnValue).isLessThan(requirements);
    }

    @Test
    void the_html_page_is_self_contained_and_escapes_catalog_text() {
        String html = new HtmlRuleBookWriter().write(book);

        assertThat(html).contains("<style>").doesNotContain("<script").doesNotContain("<link ")
                .doesNotContain("http://").doesNotContain("https://");
        assertThat(html).contains("A withdrawn statement &lt;kept&gt; for its id").doesNotContain("<kept>");
        assertThat(html).contains("A name of &lt;length&gt; characters");
    }

    @Test
    void the_html_page_shows_the_run_the_statuses_and_the_failure_messages() {
        String html = new HtmlRuleBookWriter().write(book);

        assertThat(html).contains("<b>reference</b>").contains("fixture-run-1");
        assertThat(html).contains("<div class=\"stmt fail\" id=\"OPEN-NAME-2\">")
                .contains("<div class=\"stmt untested\" id=\"OPEN-REQ-4\">")
                .contains("Not tested: The consequence of a call above PASSIVE_LEVEL is undocumented.");
        assertThat(html).contains("OPEN-NAME-2: expected STATUS_INVALID_PARAMETER but the backend returned STATUS_SUCCESS");
        assertThat(html).contains("Unknown statement <code>OPEN-NOPE-1</code>");
        assertThat(html).contains("the backend declares <code>D-8.A</code>");
    }

    @Test
    void the_markdown_anchors_every_statement_and_lists_the_coverage() {
        String md = new MarkdownRuleBookWriter().write(book);

        assertThat(md).contains("### <a id=\"OPEN-NAME-2\"></a>OPEN-NAME-2 — FAIL")
                .contains("### <a id=\"OPEN-REQ-4\"></a>OPEN-REQ-4 — untested")
                .contains("| Purpose | 1 | 1 | 0 | 0 | 5 | 0 | 0 | 1 |")
                .contains("| **All sections** | 5 | 4 | 1 | 0 | 5 | 1 | 1 | 2 |")
                .contains("### <a id=\"OPEN-RET-2\"></a>OPEN-RET-2 — NOT_VERIFIED\n\nA failure returns one of the five listed codes.")
                .contains("| A name of <length> characters | `open/name.feature:15` | PASS length=260, status=STATUS_SUCCESS<br>FAIL");
    }
}
