package org.rtkconformance.reports.compare;

import org.rtkconformance.reports.catalog.Catalog;
import org.rtkconformance.reports.catalog.Statement;
import org.rtkconformance.reports.results.RunResults;
import org.rtkconformance.reports.results.ScenarioResult;
import org.rtkconformance.reports.verdict.StatementState;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Statements by runs: for every statement of the catalog (withdrawn ones left out) what each run showed,
 * rows grouped by the page's sections in catalog order (a section of withdrawn statements only is left out), and within a section the statements the runs
 * disagree on first.
 *
 * @param runs     the runs, one column each
 * @param sections section to its rows
 */
public record ComparisonMatrix(Catalog catalog, List<RunResults> runs, Map<String, List<MatrixRow>> sections) {

    public ComparisonMatrix {
        runs = List.copyOf(runs);
        sections = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sections));
    }

    /**
     * Builds the matrix.
     *
     * @param links for each run, in the same order, how its cells link to its Allure entries
     */
    public static ComparisonMatrix of(Catalog catalog, List<RunResults> runs, List<AllureLinks> links) {
        if (links.size() != runs.size()) {
            throw new IllegalArgumentException(links.size() + " link sets for " + runs.size() + " runs");
        }
        Map<String, List<MatrixRow>> sections = new LinkedHashMap<>();
        catalog.bySection().forEach((section, statements) -> {
            List<MatrixRow> rows = new ArrayList<>();
            for (Statement statement : statements) {
                if (statement.withdrawn()) {
                    continue;
                }
                List<MatrixCell> cells = new ArrayList<>();
                for (int i = 0; i < runs.size(); i++) {
                    List<ScenarioResult> scenarios = runs.get(i).scenarios().stream()
                            .filter(s -> s.statements().contains(statement.id())).toList();
                    cells.add(MatrixCell.of(scenarios, statement.untested(), links.get(i)));
                }
                rows.add(new MatrixRow(statement, cells));
            }
            // A stable sort keeps catalog order within the differing rows and within the others.
            rows.sort(Comparator.comparing(row -> row.differs() ? 0 : 1));
            if (!rows.isEmpty()) {
                sections.put(section, rows);
            }
        });
        return new ComparisonMatrix(catalog, runs, sections);
    }

    /** How many statements the runs disagree on. */
    public long differences() {
        return sections.values().stream().flatMap(List::stream).filter(MatrixRow::differs).count();
    }

    /** How many statements run {@code column} has in each state, every state present. */
    public Map<StatementState, Integer> statementCounts(int column) {
        Map<StatementState, Integer> counts = new EnumMap<>(StatementState.class);
        for (StatementState state : StatementState.values()) {
            counts.put(state, 0);
        }
        sections.values().stream().flatMap(List::stream)
                .forEach(row -> counts.merge(row.cells().get(column).state(), 1, Integer::sum));
        return counts;
    }

    /**
     * The ambiguities of the catalog and of the runs' declarations, in natural order: by number, so that
     * D-2 comes before D-10.
     */
    public List<String> ambiguities() {
        java.util.Set<String> ids = new java.util.TreeSet<>(Comparator.comparingInt(ComparisonMatrix::number)
                .thenComparing(Comparator.naturalOrder()));
        ids.addAll(catalog.ambiguities().keySet());
        runs.forEach(r -> ids.addAll(r.backend().readings().keySet()));
        runs.forEach(r -> ids.addAll(r.backend().probed().keySet()));
        return List.copyOf(ids);
    }

    private static int number(String ambiguity) {
        String digits = ambiguity.replaceAll("\\D", "");
        return digits.isEmpty() || digits.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }

    /** The column titles: the backend ids, numbered when one backend appears twice. */
    public List<String> columns() {
        return columns(runs);
    }

    /** The column titles of {@code runs}: the backend ids, numbered when one backend appears twice. */
    public static List<String> columns(List<RunResults> runs) {
        List<String> columns = new ArrayList<>();
        for (RunResults run : runs) {
            String id = run.backend().id();
            long earlier = columns.stream().filter(c -> c.equals(id) || c.startsWith(id + " #")).count();
            columns.add(earlier == 0 ? id : id + " #" + (earlier + 1));
        }
        return columns;
    }
}
