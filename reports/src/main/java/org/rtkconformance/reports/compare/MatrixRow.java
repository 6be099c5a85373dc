package org.rtkconformance.reports.compare;

import org.rtkconformance.reports.catalog.Statement;

import java.util.List;

/** One statement across the runs compared, a cell per run in the order the runs were given. */
public record MatrixRow(Statement statement, List<MatrixCell> cells) {

    public MatrixRow {
        cells = List.copyOf(cells);
    }

    /** Whether the runs disagree on this statement. */
    public boolean differs() {
        return cells.stream().map(MatrixCell::verdict).distinct().count() > 1;
    }
}
