package org.rtkconformance.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The gate over the kit's own catalog and features, and proof on small synthetic inputs that each rule can fail. */
class CatalogGateTests {

    private static final String CATALOG = String.join("\n",
            "format: rtk-catalog/1",
            "page: RtkOpenSharedMemory",
            "statements:",
            "  - {id: S-1, section: Name, text: one, kind: documented, ambiguities: [D-6], strength: required, source: S1}",
            "  - {id: S-2, section: Name, text: two, kind: documented, ambiguities: [], strength: required, source: S1}",
            "  - {id: S-3, section: Name, text: three, kind: ambiguous, ambiguities: [], strength: untested,"
                    + " untestedReason: cannot be observed, source: S1}",
            "  - {id: S-4, section: Name, text: four, kind: documented, ambiguities: [], strength: required,"
                    + " withdrawn: true, source: S1}",
            "ambiguities:",
            "  D-6: {title: not found, readings: {A: unsuccessful, B: not found}}",
            "");

    @Test
    void the_kit_catalog_and_features_agree() throws Exception {
        Catalog catalog = KitSources.catalog();
        List<TaggedScenario> scenarios = KitSources.scenarios();

        assertThat(scenarios).hasSizeGreaterThan(100);
        assertThat(catalog.statements()).hasSizeGreaterThanOrEqualTo(52);
        assertThat(CatalogGate.check(catalog, scenarios)).isEmpty();
    }

    @Test
    void the_kit_catalog_keeps_every_api_notes_id() throws Exception {
        List<String> ids = KitSources.catalog().statements().stream().map(CatalogStatement::id).toList();

        assertThat(ids).contains("OPEN-PURPOSE-1", "OPEN-PURPOSE-2", "OPEN-SIG-1", "OPEN-SIG-2", "OPEN-RTSSINST-1",
                "OPEN-RTSSINST-2", "OPEN-HANDLE-1", "OPEN-HANDLE-2", "OPEN-ACCESS-1", "OPEN-ACCESS-2", "OPEN-ACCESS-3",
                "OPEN-ACCESS-4", "OPEN-ACCESS-5", "OPEN-ACCESS-6", "OPEN-ACCESS-7", "OPEN-ACCESS-8", "OPEN-ACCESS-9",
                "OPEN-INHERIT-1", "OPEN-INHERIT-2", "OPEN-INHERIT-3", "OPEN-NAME-1", "OPEN-NAME-2", "OPEN-NAME-3",
                "OPEN-NAME-4", "OPEN-NAME-5", "OPEN-LOC-1", "OPEN-LOC-2", "OPEN-RET-1", "OPEN-RET-2", "OPEN-REM-1",
                "OPEN-REM-2", "OPEN-REM-3", "OPEN-REM-4", "OPEN-REQ-1", "OPEN-REQ-2", "OPEN-REQ-3", "OPEN-REQ-4",
                "CREATE-SIZE-1", "CREATE-PROT-1", "CREATE-NAME-1", "CREATE-NAME-2", "CREATE-NAME-3", "CREATE-EXIST-1",
                "CREATE-HANDLE-1", "CREATE-RW-1", "CLOSE-1", "CLOSE-2", "CLOSE-3", "ATTACH-1", "ATTACH-2", "ATTACH-3",
                "RT-OPEN-LOC-1");
    }

    @Test
    void should_pass_when_every_testable_statement_is_traced() throws IOException {
        List<String> violations = check(feature("@statement:S-1 @statement:S-2 @required"));

        assertThat(violations).isEmpty();
    }

    @Test
    void should_fail_when_a_statement_has_no_scenario() throws IOException {
        List<String> violations = check(feature("@statement:S-1 @required"));

        assertThat(violations).containsExactly("Statement S-2 (required) has no scenario tagged @statement:S-2: add one,"
                + " or mark it untested with an untestedReason");
    }

    @Test
    void should_fail_when_a_tag_names_an_unknown_statement() throws IOException {
        List<String> violations = check(feature("@statement:S-1 @statement:S-2 @statement:S-9 @required"));

        assertThat(violations).containsExactly(
                "Scenario at synthetic.feature:5 is tagged @statement:S-9, but the catalog has no statement S-9");
    }

    @Test
    void should_fail_when_a_tag_names_a_withdrawn_statement() throws IOException {
        List<String> violations = check(feature("@statement:S-1 @statement:S-2 @statement:S-4 @required"));

        assertThat(violations).containsExactly(
                "Scenario at synthetic.feature:5 is tagged @statement:S-4, but statement S-4 is withdrawn");
    }

    @Test
    void should_fail_when_a_scenario_has_no_statement_tag() throws IOException {
        List<String> violations = check(feature("@statement:S-1 @statement:S-2 @required")
                + "\n    @required\n    Scenario: untraced\n      Given nothing\n");

        assertThat(violations).containsExactly("Scenario at synthetic.feature:9 has no @statement:<id> tag");
    }

    @Test
    void should_fail_when_a_scenario_has_no_strength_or_two() throws IOException {
        assertThat(check(feature("@statement:S-1 @statement:S-2"))).containsExactly("Scenario at synthetic.feature:5"
                + " needs exactly one strength tag of @required, @bounded, @interpretation; it has none");
        assertThat(check(feature("@statement:S-1 @statement:S-2 @required @bounded"))).containsExactly(
                "Scenario at synthetic.feature:5 needs exactly one strength tag of @required, @bounded,"
                        + " @interpretation; it has [required, bounded]");
    }

    @Test
    void should_fail_when_an_untested_statement_lacks_a_reason() throws IOException {
        String catalog = CATALOG.replace(" untestedReason: cannot be observed,", "");

        List<String> violations = CatalogGate.check(catalog(catalog),
                FeatureScan.scan("synthetic.feature", feature("@statement:S-1 @statement:S-2 @required")));

        assertThat(violations).containsExactly("Statement S-3 is untested but gives no untestedReason");
    }

    @Test
    void should_fail_when_a_reading_names_an_unknown_ambiguity_or_letter() throws IOException {
        assertThat(check(feature("@statement:S-1 @statement:S-2 @interpretation @reading:D-6.C"))).containsExactly(
                "Scenario at synthetic.feature:5: @reading:D-6.C names reading C of D-6, which lists only [A, B]");
        assertThat(check(feature("@statement:S-1 @statement:S-2 @interpretation @reading:D-7.A"))).containsExactly(
                "Scenario at synthetic.feature:5: @reading:D-7.A names ambiguity D-7, which the catalog does not list");
        assertThat(check(feature("@statement:S-1 @statement:S-2 @interpretation @reading:D6A"))).containsExactly(
                "Scenario at synthetic.feature:5: @reading:D6A is malformed: A reading is written D-<n>.<letter>,"
                        + " such as D-6.A, not 'D6A'");
    }

    @Test
    void should_fail_when_a_reading_belongs_to_none_of_the_statements() throws IOException {
        assertThat(check(feature("@statement:S-2 @statement:S-1 @interpretation @reading:D-6.A"))).isEmpty();
        assertThat(check(feature("@statement:S-2 @interpretation @reading:D-6.A")
                + "\n    @statement:S-1 @required\n    Scenario: s1\n      Given nothing\n")).containsExactly(
                "Scenario at synthetic.feature:5: @reading:D-6.A pins D-6, which none of its statements lists among"
                        + " its ambiguities");
    }

    @Test
    void should_fail_when_an_interpretation_pins_no_reading() throws IOException {
        assertThat(check(feature("@statement:S-1 @statement:S-2 @interpretation"))).containsExactly(
                "Scenario at synthetic.feature:5 is @interpretation but pins no @reading:D-n.X");
    }

    @Test
    void should_fail_when_since_names_no_version() throws IOException {
        assertThat(check(feature("@statement:S-1 @statement:S-2 @required @since:RTX64_1999"))).hasSize(1)
                .first().asString().startsWith("Scenario at synthetic.feature:5: @since:RTX64_1999 names no API version");
    }

    @Test
    void should_refuse_a_feature_that_is_not_gherkin() {
        assertThatThrownBy(() -> FeatureScan.scan("broken.feature", "Feature: x\n  Scenario: y\n    Given a\n  Oops\n"))
                .isInstanceOf(IOException.class).hasMessageStartingWith("broken.feature is not valid Gherkin: ");
    }

    @Test
    void should_refuse_a_catalog_with_an_unknown_field() {
        assertThatThrownBy(() -> catalog(CATALOG.replace("page:", "pages:")))
                .isInstanceOf(IOException.class).hasMessageContaining("synthetic catalog").hasMessageContaining("pages");
    }

    private static String feature(String tags) {
        return "Feature: synthetic\n\n  Rule: r\n    " + tags + "\n    Scenario: s\n      Given nothing\n";
    }

    private static List<String> check(String featureText) throws IOException {
        return CatalogGate.check(catalog(CATALOG), FeatureScan.scan("synthetic.feature", featureText));
    }

    private static Catalog catalog(String yaml) throws IOException {
        return Catalog.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "synthetic catalog");
    }
}
