package org.rtkconformance.reports.compare;

import org.rtkconformance.reports.results.ScenarioResult;

import java.util.List;

/** Writes a run diff as Markdown: new failures first, then fixes, changed readings and the rest. */
public final class RunDiffMarkdown {

    /** The diff as a Markdown page. */
    public String write(RunDiff diff) {
        StringBuilder md = new StringBuilder("# ").append(diff.after().backend().id()).append(": ")
                .append(diff.before().runId()).append(" -> ").append(diff.after().runId()).append("\n\n");
        md.append(diff.newFailures().size()).append(" new failure(s), ").append(diff.fixes().size()).append(" fix(es), ")
                .append(diff.readings().size()).append(" changed reading(s), ").append(diff.otherChanges().size())
                .append(" other change(s), ").append(diff.added().size()).append(" scenario(s) added, ")
                .append(diff.removed().size()).append(" removed.\n");
        changes(md, "New failures", diff.newFailures());
        changes(md, "Fixes", diff.fixes());
        if (!diff.readings().isEmpty()) {
            md.append("\n## Changed readings\n\n");
            diff.readings().forEach(r -> md.append("- ").append(r).append('\n'));
        }
        changes(md, "Other changes", diff.otherChanges());
        scenarios(md, "Added scenarios", diff.added());
        scenarios(md, "Removed scenarios", diff.removed());
        return md.toString();
    }

    private static void changes(StringBuilder md, String title, List<RunDiff.Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        md.append("\n## ").append(title).append("\n\n| scenario | result | message |\n|---|---|---|\n");
        for (RunDiff.Change change : changes) {
            md.append("| ").append(change.after().id()).append(' ').append(cell(change.after().name())).append(" | ")
                    .append(change.transition()).append(" | ").append(cell(change.after().message().orElse("")))
                    .append(" |\n");
        }
    }

    private static void scenarios(StringBuilder md, String title, List<ScenarioResult> scenarios) {
        if (scenarios.isEmpty()) {
            return;
        }
        md.append("\n## ").append(title).append("\n\n");
        scenarios.forEach(s -> md.append("- ").append(s.id()).append(' ').append(s.name()).append(" (")
                .append(s.verdict()).append(")\n"));
    }

    private static String cell(String text) {
        String flat = text.replace('\n', ' ').replace("|", "\\|");
        return flat.length() > 200 ? flat.substring(0, 197) + "..." : flat;
    }
}
