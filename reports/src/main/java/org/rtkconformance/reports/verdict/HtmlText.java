package org.rtkconformance.reports.verdict;

import java.util.Locale;

/** Escaping and the shared look of the kit's generated HTML pages (verdict, comparison). */
public final class HtmlText {

    /** The style sheet of the verdict and comparison pages; outcome classes colour cells. */
    public static final String CSS = """
            body{font-family:system-ui,sans-serif;margin:2em;color:#222}
            table{border-collapse:collapse;margin:1em 0}
            th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}
            th{background:#f3f3f3}
            .PASS{background:#d9f2d9}.FAIL{background:#f8c8c8}.UNRESOLVED{background:#f6d2a8}
            .XFAIL{background:#e8e0f5}.XPASS{background:#f5a3d0}.UNSUPPORTED,.NOT_APPLICABLE{background:#eee;color:#666}
            .NONE{color:#999}.diff{font-weight:bold}
            .NOT_VERIFIED{background:#fbeec1}.UNTESTED{background:#eee;color:#666}
            .headline{font-size:3em;margin:.2em 0 0;font-weight:bold}.gist{font-size:1.3em;margin:.2em 0 .8em}
            a.rulebook,td.id{white-space:nowrap}
            .count{display:inline-block;padding:.2em .6em;margin-right:.4em;border-radius:.3em;font-weight:bold}
            .legend{color:#555;max-width:60em}
            .flag{color:#a00;font-weight:bold;text-align:center}.classes{font-size:.8em;color:#444;font-weight:normal}
            .why{font-size:.85em;color:#6b4e00;font-weight:normal}
            .CONFORMANT,.SUCCESS,.CONFIRMED{color:#176317;font-weight:bold}
            .NON-CONFORMANT,.FAILED,.CONTRADICTED{color:#a00;font-weight:bold}
            .PARTIAL,.UNOBSERVED{color:#8a5a00;font-weight:bold}
            a{color:inherit}
            """;

    private HtmlText() {
    }

    /** {@code text} safe inside an element or a double-quoted attribute. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** An element id for a heading ({@code Return Value} gives {@code return-value}). */
    public static String id(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** The start of a page: doctype, title, style sheet. */
    public static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title)
                + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n<h1>" + escape(title) + "</h1>\n";
    }
}
