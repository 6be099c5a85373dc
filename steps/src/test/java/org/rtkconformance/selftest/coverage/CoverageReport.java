package org.rtkconformance.selftest.coverage;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.analysis.ICounter;
import org.jacoco.core.analysis.ISourceFileCoverage;
import org.jacoco.core.tools.ExecFileLoader;
import org.jacoco.report.DirectorySourceFileLocator;
import org.jacoco.report.FileMultiReportOutput;
import org.jacoco.report.IReportVisitor;
import org.jacoco.report.html.HTMLFormatter;
import org.jacoco.report.xml.XMLFormatter;
import org.rtkconformance.reference.ReferenceBackendProvider;

/**
 * Reports the branch coverage of {@code reference-impl} recorded while the conformance suite ran (the
 * {@code coverage} profile of steps/pom.xml): an HTML and XML JaCoCo report of the reference's classes
 * (found where the test class path loads them from) and {@code uncovered-branches.md}, every source line
 * with a branch the suite never took: behaviour first, then the harness guards ({@link HarnessGuards}) with
 * their reasons. The behaviour figure counts the branches outside those guards. Arguments: the execution data file, the reference's source folder,
 * the output folder.
 */
public final class CoverageReport {

    /** The goal of issue 4: the suite reaches at least this share of the reference's branches. */
    static final double GOAL = 0.95;

    private CoverageReport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: CoverageReport <jacoco.exec> <reference-impl/src/main/java> <output dir>");
        }
        Path exec = Path.of(args[0]);
        Path sources = Path.of(args[1]);
        Path output = Path.of(args[2]);
        if (!Files.isRegularFile(exec)) {
            throw new IllegalArgumentException("No execution data at " + exec + ": run the conformance suite with the"
                    + " JaCoCo agent first (mvn -Pcoverage verify in steps)");
        }
        if (!Files.isDirectory(sources)) {
            throw new IllegalArgumentException("No reference sources at " + sources);
        }
        ExecFileLoader loader = new ExecFileLoader();
        loader.load(exec.toFile());
        CoverageBuilder builder = new CoverageBuilder();
        new Analyzer(loader.getExecutionDataStore(), builder).analyzeAll(referenceClasses());
        IBundleCoverage bundle = builder.getBundle("rtk-reference-impl under the conformance suite");
        Files.createDirectories(output);
        writeJacocoReports(loader, bundle, sources, output);
        Tally tally = tally(bundle, sources);
        ICounter branches = bundle.getBranchCounter();
        String figure = String.format(Locale.ROOT, "branch coverage of reference-impl under the conformance suite: %.1f %%"
                        + " (%d of %d branches; goal %.0f %%); behaviour branches (outside the harness guards): %.1f %%"
                        + " (%d of %d)",
                100 * branches.getCoveredRatio(), branches.getCoveredCount(), branches.getTotalCount(), 100 * GOAL,
                100.0 * tally.behaviourCovered / tally.behaviourTotal, tally.behaviourCovered, tally.behaviourTotal);
        StringBuilder md = new StringBuilder("# Branches of reference-impl the conformance suite never takes\n\n")
                .append(figure).append("\n\n## Behaviour no scenario reaches (").append(tally.behaviourGaps.size())
                .append(" lines)\n\n");
        tally.behaviourGaps.forEach(gap -> md.append("- ").append(gap).append('\n'));
        md.append("\n## Harness and configuration guards, which no scenario should reach (")
                .append(tally.guardGaps.size()).append(" lines)\n\n");
        tally.guardGaps.forEach(gap -> md.append("- ").append(gap).append('\n'));
        Files.writeString(output.resolve("uncovered-branches.md"), md.toString(), StandardCharsets.UTF_8);
        System.out.println(figure);
        tally.behaviourGaps.forEach(gap -> System.out.println("  " + gap));
        for (HarnessGuards.Guard unused : tally.unusedGuards()) {
            // A guard that matches no branching line is stale: the source moved, or the guard went away.
            System.out.println("  warning: the harness guard " + unused + " matches no line with a branch");
        }
        System.out.println("report: " + output.resolve("index.html"));
    }

    /** Branch counts inside and outside the harness guards, and the lines with a branch never taken. */
    private static final class Tally {
        private int behaviourCovered;
        private int behaviourTotal;
        private final List<String> behaviourGaps = new ArrayList<>();
        private final List<String> guardGaps = new ArrayList<>();
        private final Set<HarnessGuards.Guard> usedGuards = new HashSet<>();

        List<HarnessGuards.Guard> unusedGuards() {
            return HarnessGuards.ALL.stream().filter(guard -> !usedGuards.contains(guard)).toList();
        }
    }

    /** The jar or folder the reference's classes were loaded from: the very classes the agent instrumented. */
    private static File referenceClasses() {
        try {
            return new File(ReferenceBackendProvider.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | NullPointerException unknown) {
            throw new IllegalStateException("Cannot tell where the reference's classes come from", unknown);
        }
    }

    private static void writeJacocoReports(ExecFileLoader loader, IBundleCoverage bundle, Path sources, Path output)
            throws IOException {
        IReportVisitor html = new HTMLFormatter().createVisitor(new FileMultiReportOutput(output.toFile()));
        visit(html, loader, bundle, sources);
        try (OutputStream xml = Files.newOutputStream(output.resolve("jacoco.xml"))) {
            visit(new XMLFormatter().createVisitor(xml), loader, bundle, sources);
        }
    }

    private static void visit(IReportVisitor visitor, ExecFileLoader loader, IBundleCoverage bundle, Path sources)
            throws IOException {
        visitor.visitInfo(loader.getSessionInfoStore().getInfos(), loader.getExecutionDataStore().getContents());
        visitor.visitBundle(bundle, new DirectorySourceFileLocator(sources.toFile(), "UTF-8", 4));
        visitor.visitEnd();
    }

    /**
     * Walks every line with a branch. A gap reads {@code rules/ReferenceRules.java:123 (1 of 2 branches missed):
     * <the source line>}, in package and line order; a guard's gap ends with its reason.
     */
    private static Tally tally(IBundleCoverage bundle, Path sources) throws IOException {
        Tally tally = new Tally();
        for (var pack : bundle.getPackages()) {
            for (ISourceFileCoverage file : pack.getSourceFiles()) {
                Path source = sources.resolve(file.getPackageName()).resolve(file.getName());
                List<String> text = Files.isRegularFile(source) ? Files.readAllLines(source) : List.of();
                String reported = file.getPackageName().replaceFirst("^org/rtkconformance/reference/?", "") + "/"
                        + file.getName();
                for (int number = file.getFirstLine(); number <= file.getLastLine(); number++) {
                    ICounter branch = file.getLine(number).getBranchCounter();
                    if (branch.getTotalCount() == 0) {
                        continue;
                    }
                    String code = number <= text.size() ? text.get(number - 1).trim() : "(source not found)";
                    Optional<HarnessGuards.Guard> guard = HarnessGuards.of(reported, code);
                    guard.ifPresent(tally.usedGuards::add);
                    if (guard.isEmpty()) {
                        tally.behaviourCovered += branch.getCoveredCount();
                        tally.behaviourTotal += branch.getTotalCount();
                    }
                    if (branch.getMissedCount() > 0) {
                        String gap = reported + ":" + number + " (" + branch.getMissedCount() + " of "
                                + branch.getTotalCount() + " branches missed): `" + code + "`";
                        if (guard.isPresent()) {
                            tally.guardGaps.add(gap + " — " + guard.get().reason());
                        } else {
                            tally.behaviourGaps.add(gap);
                        }
                    }
                }
            }
        }
        return tally;
    }
}
