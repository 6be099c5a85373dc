package org.rtkconformance.reports.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rtkconformance.reports.Fixtures;
import org.rtkconformance.reports.input.ReportInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogReaderTests {

    @TempDir
    Path dir;

    private final CatalogReader reader = new CatalogReader();

    @Test
    void reads_the_statements_in_catalog_order_with_their_sections_in_page_order() {
        Catalog catalog = reader.read(Fixtures.CATALOG);

        assertThat(catalog.statements()).extracting(Statement::id).containsExactly("OPEN-PURPOSE-1", "OPEN-NAME-2",
                "OPEN-NAME-4", "OPEN-RET-2", "OPEN-REQ-4", "OPEN-SIG-9");
        assertThat(catalog.bySection().keySet()).containsExactly("Purpose", "Name", "Return Value", "Requirements", "Syntax");
        Statement name2 = catalog.find("OPEN-NAME-2").orElseThrow();
        assertThat(name2.ambiguities()).containsExactly("D-8");
        assertThat(name2.strength()).isEqualTo("interpretation");
        assertThat(name2.quote()).contains("The name is limited to 260 characters");
        assertThat(catalog.find("OPEN-REQ-4").orElseThrow().untestedReason()).isPresent();
        assertThat(catalog.find("OPEN-SIG-9").orElseThrow().withdrawn()).isTrue();
    }

    @Test
    void reads_the_ambiguities_with_their_readings() throws IOException {
        Path file = write("""
                statements:
                  - {id: OPEN-NAME-2, section: Name, text: t, kind: documented, strength: required, ambiguities: [D-8]}
                ambiguities:
                  D-8: {title: "The 260-character limit", readings: {A: "260 code units", B: "259 plus the terminator"}}
                """);

        Ambiguity d8 = reader.read(file).ambiguity("D-8").orElseThrow();

        assertThat(d8.title()).isEqualTo("The 260-character limit");
        assertThat(d8.describe("D-8.B")).contains("259 plus the terminator");
        assertThat(d8.describe("D-9.A")).isEmpty();
    }

    @Test
    void a_missing_catalog_is_named() {
        Path missing = dir.resolve("catalog.yaml");

        assertThatThrownBy(() -> reader.read(missing)).isInstanceOf(ReportInputException.class)
                .hasMessage(missing + ": the statement catalog does not exist");
    }

    @Test
    void malformed_yaml_is_reported_with_its_line() throws IOException {
        Path file = write("statements:\n  - id: OPEN-A-1\n    text: [unclosed\n");

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ReportInputException.class)
                .hasMessageStartingWith(file + ": the statement catalog is not well-formed at line ");
    }

    @Test
    void a_catalog_without_statements_is_refused() throws IOException {
        Path file = write("format: rtk-catalog/1\n");

        assertThatThrownBy(() -> reader.read(file)).hasMessage(file + ": the catalog has no 'statements'");
    }

    @Test
    void a_missing_field_names_the_statement_position() throws IOException {
        Path file = write("statements:\n  - {id: OPEN-A-1, section: S, kind: documented, strength: required}\n");

        assertThatThrownBy(() -> reader.read(file)).hasMessage(file + ": statements[0] has no 'text'");
    }

    @Test
    void a_duplicate_id_is_refused() throws IOException {
        Path file = write("""
                statements:
                  - {id: OPEN-A-1, section: S, text: t, kind: documented, strength: required}
                  - {id: OPEN-A-1, section: S, text: u, kind: documented, strength: required}
                """);

        assertThatThrownBy(() -> reader.read(file)).hasMessage(file + ": statement id OPEN-A-1 appears twice");
    }

    @Test
    void a_wrong_kind_strength_id_or_ambiguity_is_refused_with_the_allowed_values() throws IOException {
        Path kind = write("statements:\n  - {id: OPEN-A-1, section: S, text: t, kind: rumour, strength: required}\n");
        assertThatThrownBy(() -> reader.read(kind)).hasMessage(kind + ": statement OPEN-A-1 has kind 'rumour'; "
                + "expected one of [ambiguous, build, documented, obligation]");

        Path strength = write("statements:\n  - {id: OPEN-A-1, section: S, text: t, kind: build, strength: maybe}\n");
        assertThatThrownBy(() -> reader.read(strength)).hasMessageContaining("has strength 'maybe'; expected one of");

        Path id = write("statements:\n  - {id: open-a-1, section: S, text: t, kind: build, strength: required}\n");
        assertThatThrownBy(() -> reader.read(id)).hasMessageContaining("statement id 'open-a-1' is not of the form");

        Path ambiguity = write("statements:\n  - {id: OPEN-A-1, section: S, text: t, kind: build, strength: required, "
                + "ambiguities: [D8]}\n");
        assertThatThrownBy(() -> reader.read(ambiguity)).hasMessageContaining("names ambiguity 'D8'; expected D-<n>");
    }

    @Test
    void statements_that_are_not_a_list_are_refused() throws IOException {
        Path file = write("statements: OPEN-A-1\n");

        assertThatThrownBy(() -> reader.read(file)).hasMessage(file + ": the catalog.statements must be a list, found 'OPEN-A-1'");
    }

    private Path write(String yaml) throws IOException {
        Path file = Files.createTempFile(dir, "catalog", ".yaml");
        return Files.writeString(file, yaml);
    }
}
