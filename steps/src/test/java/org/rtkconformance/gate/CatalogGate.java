package org.rtkconformance.gate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rtkconformance.adapter.api.ApiVersion;
import org.rtkconformance.adapter.api.Reading;

/**
 * The rules that keep the catalog and the features in step. Each violation is one precise sentence
 * naming the statement or the scenario at fault.
 */
final class CatalogGate {

    static final List<String> SECTIONS = List.of("Purpose", "Syntax", "RtssInst", "SharedMemoryHandle",
            "DesiredAccess", "InheritHandle", "Name", "location", "Return value", "Remarks", "Requirements",
            "RtkCreateSharedMemory", "RtkCloseHandle", "RtkRtssAttach");
    static final List<String> KINDS = List.of("documented", "obligation", "build", "ambiguous");
    static final List<String> STATEMENT_STRENGTHS = List.of("required", "bounded", "interpretation", "untested");
    static final List<String> SCENARIO_STRENGTHS = List.of("required", "bounded", "interpretation");

    private static final String STATEMENT = "@statement:";
    private static final String READING = "@reading:";
    private static final String SINCE = "@since:";

    private CatalogGate() {
    }

    /** Every violation, empty when the catalog and the features agree. */
    static List<String> check(Catalog catalog, List<TaggedScenario> scenarios) {
        List<String> violations = new ArrayList<>();
        Map<String, CatalogStatement> statements = checkCatalog(catalog, violations);
        Set<String> traced = new HashSet<>();
        for (TaggedScenario scenario : scenarios) {
            checkScenario(scenario, statements, catalog, traced, violations);
        }
        for (CatalogStatement statement : statements.values()) {
            if (statement.needsScenario() && !traced.contains(statement.id())) {
                violations.add("Statement " + statement.id() + " (" + statement.strength() + ") has no scenario tagged "
                        + STATEMENT + statement.id() + ": add one, or mark it untested with an untestedReason");
            }
        }
        return violations;
    }

    private static Map<String, CatalogStatement> checkCatalog(Catalog catalog, List<String> violations) {
        Map<String, CatalogStatement> byId = new LinkedHashMap<>();
        if (!"rtk-catalog/1".equals(catalog.format())) {
            violations.add("The catalog's format is '" + catalog.format() + "', expected 'rtk-catalog/1'");
        }
        for (CatalogStatement statement : catalog.statements()) {
            String id = statement.id();
            if (id == null || id.isBlank()) {
                violations.add("A catalog statement has no id (text: " + statement.text() + ")");
                continue;
            }
            if (byId.put(id, statement) != null) {
                violations.add("Statement id " + id + " appears twice in the catalog");
            }
            if (!SECTIONS.contains(statement.section())) {
                violations.add("Statement " + id + " has section '" + statement.section() + "'; allowed: " + SECTIONS);
            }
            if (!KINDS.contains(statement.kind())) {
                violations.add("Statement " + id + " has kind '" + statement.kind() + "'; allowed: " + KINDS);
            }
            if (!STATEMENT_STRENGTHS.contains(statement.strength())) {
                violations.add("Statement " + id + " has strength '" + statement.strength() + "'; allowed: "
                        + STATEMENT_STRENGTHS);
            }
            if (statement.text() == null || statement.text().isBlank() || statement.source() == null) {
                violations.add("Statement " + id + " needs a text and a source");
            }
            boolean untested = "untested".equals(statement.strength());
            if (untested && (statement.untestedReason() == null || statement.untestedReason().isBlank())) {
                violations.add("Statement " + id + " is untested but gives no untestedReason");
            }
            if (!untested && statement.untestedReason() != null) {
                violations.add("Statement " + id + " has an untestedReason but strength " + statement.strength());
            }
            for (String ambiguity : statement.ambiguities()) {
                if (!catalog.ambiguities().containsKey(ambiguity)) {
                    violations.add("Statement " + id + " lists ambiguity " + ambiguity
                            + ", which the catalog's ambiguities table does not define");
                }
            }
        }
        return byId;
    }

    private static void checkScenario(TaggedScenario scenario, Map<String, CatalogStatement> statements,
                                      Catalog catalog, Set<String> traced, List<String> violations) {
        String where = "Scenario at " + scenario.location();
        List<String> ids = new ArrayList<>();
        List<String> strengths = new ArrayList<>();
        Set<String> ambiguitiesOfStatements = new HashSet<>();
        for (String tag : scenario.tags()) {
            if (tag.startsWith(STATEMENT)) {
                String id = tag.substring(STATEMENT.length());
                ids.add(id);
                CatalogStatement statement = statements.get(id);
                if (statement == null) {
                    violations.add(where + " is tagged " + tag + ", but the catalog has no statement " + id);
                } else if (statement.isWithdrawn()) {
                    violations.add(where + " is tagged " + tag + ", but statement " + id + " is withdrawn");
                } else {
                    traced.add(id);
                    ambiguitiesOfStatements.addAll(statement.ambiguities());
                }
            } else if (SCENARIO_STRENGTHS.contains(tag.substring(1))) {
                strengths.add(tag.substring(1));
            } else if (tag.startsWith(SINCE)) {
                try {
                    ApiVersion.parse(tag.substring(SINCE.length()));
                } catch (IllegalArgumentException unknown) {
                    violations.add(where + ": " + tag + " names no API version: " + unknown.getMessage());
                }
            }
        }
        if (ids.isEmpty()) {
            violations.add(where + " has no " + STATEMENT + "<id> tag");
        }
        if (strengths.size() != 1) {
            violations.add(where + " needs exactly one strength tag of @required, @bounded, @interpretation; it has "
                    + (strengths.isEmpty() ? "none" : strengths));
        }
        boolean pinsReading = false;
        for (String tag : scenario.tags()) {
            if (tag.startsWith(READING)) {
                pinsReading = true;
                checkReading(where, tag, catalog, ambiguitiesOfStatements, violations);
            }
        }
        if (strengths.equals(List.of("interpretation")) && !pinsReading) {
            violations.add(where + " is @interpretation but pins no @reading:D-n.X");
        }
    }

    private static void checkReading(String where, String tag, Catalog catalog, Set<String> ambiguitiesOfStatements,
                                     List<String> violations) {
        Reading reading;
        try {
            reading = Reading.parse(tag.substring(READING.length()));
        } catch (IllegalArgumentException malformed) {
            violations.add(where + ": " + tag + " is malformed: " + malformed.getMessage());
            return;
        }
        Catalog.Ambiguity ambiguity = catalog.ambiguities().get(reading.ambiguity());
        if (ambiguity == null) {
            violations.add(where + ": " + tag + " names ambiguity " + reading.ambiguity() + ", which the catalog does not list");
        } else if (!ambiguity.readings().containsKey(reading.choice())) {
            violations.add(where + ": " + tag + " names reading " + reading.choice() + " of " + reading.ambiguity()
                    + ", which lists only " + ambiguity.readings().keySet());
        } else if (!ambiguitiesOfStatements.contains(reading.ambiguity())) {
            violations.add(where + ": " + tag + " pins " + reading.ambiguity() + ", which none of its statements lists"
                    + " among its ambiguities");
        }
    }
}
