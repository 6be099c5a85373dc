package org.rtkconformance.reports.compare;

import org.rtkconformance.reports.allure.AllureReportIndex;
import org.rtkconformance.reports.results.ScenarioResult;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Links from a page to the Allure entries of one run's scenarios, through the history id the kit sets
 * on each result (the report's own uid changes at every generation).
 */
public final class AllureLinks {

    private final Optional<AllureReportIndex> index;
    private final String href;

    private AllureLinks(Optional<AllureReportIndex> index, String href) {
        this.index = index;
        this.href = href;
    }

    /** No report: cells do not link. */
    public static AllureLinks none() {
        return new AllureLinks(Optional.empty(), "");
    }

    /**
     * The report {@code report} (an {@code index.html}), linked from a page written into {@code pageDir}.
     */
    public static AllureLinks to(Path report, Path pageDir) {
        AllureReportIndex index = AllureReportIndex.read(report);
        String href = pageDir.toAbsolutePath().normalize().relativize(report.toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
        return new AllureLinks(Optional.of(index), href);
    }

    /** The link to {@code scenario}'s entry, if the report holds it. */
    public Optional<String> of(ScenarioResult scenario) {
        return index.flatMap(i -> scenario.allureHistoryId().flatMap(i::byHistoryId))
                .map(testCase -> href + "#testresult/" + testCase.uid());
    }
}
