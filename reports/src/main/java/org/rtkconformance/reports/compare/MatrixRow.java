package org.rtkconformance.reports.compare;

import org.rtkconformance.reports.catalog.Statement;

import java.util.List;

/** One statement across the runs compared, a cell per run in the order the runs were given. */
public record MatrixRow(Statement statement, List<MatrixCell> cells) {

    public MatrixRow {
        cells = List.copyOf(cells);
    }

    /**
     * Whether the runs disagree on this statement: in its state, or in how many of its scenario runs ended in
     * any result class (one more UNSUPPORTED on one backend is a difference, even when both are NOT_VERIFIED).
     */
    public boolean differs() {
        return cells.stream().map(c -> List.of(c.state(), c.counts())).distinct().count() > 1;
    }
}
