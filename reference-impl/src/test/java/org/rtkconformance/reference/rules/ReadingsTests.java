package org.rtkconformance.reference.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rtkconformance.adapter.api.Reading;

class ReadingsTests {

    @Test
    void defaults_choose_a_reading_for_every_ambiguity_with_readings_and_none_for_D20() {
        Readings defaults = Readings.defaults();

        for (Ambiguity ambiguity : Ambiguity.values()) {
            if (ambiguity.choices().isEmpty()) {
                assertThat(defaults.choice(ambiguity)).as(ambiguity.id()).isNull();
                assertThat(defaults.reading(ambiguity)).isNull();
                assertThat(ambiguity.defaultChoice()).isEmpty();
            } else {
                assertThat(ambiguity.choices()).as(ambiguity.id()).containsKey(defaults.choice(ambiguity));
            }
        }
        assertThat(Ambiguity.D_20.choices()).isEmpty();
        assertThat(defaults.manifestReadings()).hasSize(Ambiguity.values().length - 1);
    }

    @Test
    void the_defaults_are_the_documented_ones() {
        assertThat(Readings.defaults().toString()).isEqualTo("D-1.B,D-2.A,D-3.A,D-4.C,D-5.A,D-6.A,D-7.A,D-8.A,D-9.A,"
                + "D-10.A,D-11.A,D-12.A,D-13.A,D-14.B,D-15.A,D-16.B,D-17.A,D-18.A,D-19.A,D-21.B,D-22.C,D-23.A,D-24.B");
    }

    @Test
    void parse_applies_the_listed_readings_on_top_of_the_defaults() {
        Readings readings = Readings.parse(" D-6.B, D-1.A  D-22.A ", "test");

        assertThat(readings.is(Ambiguity.D_6, "B")).isTrue();
        assertThat(readings.is(Ambiguity.D_1, "A")).isTrue();
        assertThat(readings.is(Ambiguity.D_22, "A")).isTrue();
        assertThat(readings.is(Ambiguity.D_8, "A")).isTrue();
        assertThat(readings.differencesFromDefaults()).isEqualTo("D-1.A,D-6.B,D-22.A");
        assertThat(readings).isNotEqualTo(Readings.defaults()).isEqualTo(Readings.parse("D-22.A,D-6.B,D-1.A", "x"));
        assertThat(readings.hashCode()).isEqualTo(Readings.parse("D-22.A,D-6.B,D-1.A", "x").hashCode());
        assertThat(readings).isNotEqualTo("D-1.A");
    }

    @Test
    void an_empty_selection_means_the_defaults() {
        assertThat(Readings.parse("", "test")).isEqualTo(Readings.defaults());
        assertThat(Readings.parse(" , ", "test")).isEqualTo(Readings.defaults());
        assertThat(Readings.defaults().differencesFromDefaults()).isEmpty();
    }

    @Test
    void the_manifest_readings_are_keyed_by_ambiguity_id() {
        Map<String, Reading> readings = Readings.parse("D-6.B", "test").manifestReadings();

        assertThat(readings.get("D-6")).isEqualTo(new Reading("D-6", "B"));
        assertThat(readings.get("D-1")).isEqualTo(new Reading("D-1", "B"));
        assertThat(readings).doesNotContainKey("D-20");
    }

    @Test
    void a_malformed_entry_is_refused_with_the_source_and_the_valid_readings() {
        assertThatThrownBy(() -> Readings.parse("D6B", "-Drtk.reference.readings"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid readings 'D6B' (-Drtk.reference.readings)")
                .hasMessageContaining("D-<n>.<letter>")
                .hasMessageContaining("Valid readings: D-1.A, D-1.B, D-2.A");
    }

    @ParameterizedTest
    @ValueSource(strings = {"D-25.A", "D-6.b", "X-6.A"})
    void an_unknown_ambiguity_or_letter_form_is_refused(String text) {
        assertThatThrownBy(() -> Readings.parse(text, "test")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid readings '" + text + "' (test)")
                .hasMessageContaining("Valid readings:");
    }

    @Test
    void a_letter_the_ambiguity_does_not_offer_is_refused_with_what_it_offers() {
        assertThatThrownBy(() -> Readings.parse("D-1.C", "test")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("D-1 has no reading C; it offers D-1.A (every view is read-write");
    }

    @Test
    void an_ambiguity_without_readings_is_refused() {
        assertThatThrownBy(() -> Readings.parse("D-20.A", "test")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("D-20 (Typing and wording slips (no behaviour)) has no testable reading");
    }

    @Test
    void an_ambiguity_given_twice_is_refused() {
        assertThatThrownBy(() -> Readings.parse("D-6.A,D-6.B", "test")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("D-6 is given twice");
    }

    @Test
    void D15C_needs_the_unmap_call_of_D14B() {
        assertThat(Readings.parse("D-15.C", "test").is(Ambiguity.D_15, "C")).isTrue();
        assertThatThrownBy(() -> Readings.parse("D-15.C,D-14.A", "test")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("D-15.C refuses to close a handle whose view is still mapped, which needs the"
                        + " unmap call of D-14.B (selected: D-14.A)");
    }

    @Test
    void valid_readings_list_every_offered_letter_once() {
        String all = Readings.validReadings();
        int count = 0;
        for (Ambiguity ambiguity : Ambiguity.values()) {
            for (String letter : ambiguity.choices().keySet()) {
                assertThat(all).contains(ambiguity.id() + "." + letter);
                assertThat(Readings.parse(ambiguity.id() + "." + letter, "t")
                        .is(ambiguity, letter)).isTrue();
                count++;
            }
        }
        assertThat(all.split(", ")).hasSize(count);
    }

    @Test
    void ambiguities_are_found_by_id() {
        assertThat(Ambiguity.byId("D-13")).contains(Ambiguity.D_13);
        assertThat(Ambiguity.byId("D-13.A")).isEmpty();
        assertThat(Ambiguity.D_13.title()).contains("Case-sensitive");
        assertThat(Ambiguity.D_13.reading("B")).isEqualTo(new Reading("D-13", "B"));
    }
}
