package org.rtkconformance.reports.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The statements of the catalog in the catalog's order, which follows the page.
 *
 * @param file        where it was read from
 * @param statements  the statements, ids unique
 * @param ambiguities the ambiguities by id, when the catalog describes them
 */
public record Catalog(Path file, List<Statement> statements, Map<String, Ambiguity> ambiguities) {

    public Catalog {
        statements = List.copyOf(statements);
        ambiguities = Map.copyOf(ambiguities);
    }

    /** The ambiguity with {@code id} ({@code D-8}), if the catalog describes it. */
    public Optional<Ambiguity> ambiguity(String id) {
        return Optional.ofNullable(ambiguities.get(id));
    }

    /** The statement with {@code id}. */
    public Optional<Statement> find(String id) {
        return statements.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The sections in the order they first appear, each with its statements in catalog order. */
    public Map<String, List<Statement>> bySection() {
        Map<String, List<Statement>> sections = new LinkedHashMap<>();
        for (Statement statement : statements) {
            sections.computeIfAbsent(statement.section(), s -> new ArrayList<>()).add(statement);
        }
        return sections;
    }
}
