package org.rtkconformance.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.rtkconformance.reference.rules.Readings;
import org.rtkconformance.selftest.mutants.Mutant;
import org.rtkconformance.selftest.mutants.Mutants;

/**
 * The mutant set is complete: a mutant for every documented (required or bounded) statement of the catalog
 * and for every reading the reference declares, each aimed at something that exists.
 */
class MutantCatalogTests {

    /**
     * Statements no backend behind the port can break: they are build facts (a header, a library), which
     * the port cannot hand over (the step reports UNSUPPORTED or UNRESOLVED, never PASS).
     */
    static final Map<String, String> NOT_MUTABLE = Map.of(
            "OPEN-SIG-1", "the return type is a build fact of RtkApi.h",
            "OPEN-SIG-2", "the parameter list is a build fact of RtkApi.h",
            "OPEN-REQ-2", "the declaration in RtkApi.h is a build fact",
            "OPEN-REQ-3", "linking RtkApi.lib is a build fact");

    private static JsonNode catalog() throws IOException {
        try (InputStream in = MutantCatalogTests.class.getResourceAsStream("/org/rtkconformance/features/catalog.yaml")) {
            assertThat(in).as("the statement catalog on the test class path").isNotNull();
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    private static Set<String> documentedStatements(JsonNode catalog) {
        Set<String> ids = new TreeSet<>();
        for (JsonNode statement : catalog.get("statements")) {
            String strength = statement.path("strength").asText();
            if ((strength.equals("required") || strength.equals("bounded")) && !statement.path("withdrawn").asBoolean(false)) {
                ids.add(statement.get("id").asText());
            }
        }
        return ids;
    }

    @Test
    void every_documented_statement_has_a_mutant_or_a_reason_why_none_can_exist() throws IOException {
        Set<String> targeted = Mutants.all().stream().map(Mutant::violates).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (String id : documentedStatements(catalog())) {
            if (!targeted.contains(id) && !NOT_MUTABLE.containsKey(id)) {
                missing.add(id);
            }
        }
        assertThat(missing).as("documented statements no mutant violates").isEmpty();
    }

    @Test
    void every_reading_the_reference_declares_has_a_mutant() {
        Set<String> targeted = Mutants.all().stream().map(Mutant::violates).collect(Collectors.toSet());
        List<String> missing = Readings.defaults().manifestReadings().values().stream().map(Object::toString)
                .filter(reading -> !targeted.contains(reading)).collect(Collectors.toList());
        assertThat(missing).as("readings of the reference no mutant violates").isEmpty();
    }

    @Test
    void every_mutant_aims_at_a_catalog_statement_or_a_reading_of_the_catalog() throws IOException {
        JsonNode catalog = catalog();
        Set<String> known = new TreeSet<>();
        catalog.get("statements").forEach(statement -> known.add(statement.get("id").asText()));
        catalog.get("ambiguities").properties().forEach(ambiguity -> ambiguity.getValue().path("readings")
                .fieldNames().forEachRemaining(letter -> known.add(ambiguity.getKey() + "." + letter)));
        List<String> unknown = Mutants.all().stream().filter(mutant -> !known.contains(mutant.violates()))
                .map(mutant -> mutant.id() + " -> " + mutant.violates()).collect(Collectors.toList());
        assertThat(unknown).as("mutants aimed at ids the catalog does not define").isEmpty();
    }

    @Test
    void the_not_mutable_statements_are_documented_ones() throws IOException {
        assertThat(documentedStatements(catalog())).containsAll(NOT_MUTABLE.keySet());
    }

    @Test
    void a_mutant_declares_the_readings_of_the_reference_or_the_reading_it_needs() {
        for (Mutant mutant : Mutants.all()) {
            if (mutant.violatesReading()) {
                String ambiguity = mutant.violates().substring(0, mutant.violates().indexOf('.'));
                assertThat(mutant.provider().manifest().readings().get(ambiguity)).as("%s declares the reading it breaks",
                        mutant.id()).hasToString(mutant.violates());
            }
        }
    }
}
