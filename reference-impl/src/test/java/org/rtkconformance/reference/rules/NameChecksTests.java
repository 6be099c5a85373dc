package org.rtkconformance.reference.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rtkconformance.adapter.api.UnicodeString;

class NameChecksTests {

    private static ReferenceRules rules(String readings) {
        return new ReferenceRules(Readings.parse(readings, "test"));
    }

    private static UnicodeString name(int units) {
        return UnicodeString.of("n".repeat(units));
    }

    @Test
    void a_plain_name_is_named_by_its_code_units() {
        NameVerdict verdict = rules("").openName(UnicodeString.of("shm-1"));

        assertThat(verdict.failure()).isNull();
        assertThat(verdict.key()).isEqualTo(new NameKey("shm-1"));
        assertThat(verdict.name()).isEqualTo("shm-1");
    }

    @Test
    void a_null_name_is_refused_by_open_and_unnamed_for_create() {
        assertThat(rules("").openName(null).failure()).isEqualTo(Failure.NAME_NULL);
        assertThat(rules("").createName(null)).isEqualTo(new NameVerdict(null, null, null));
    }

    @ParameterizedTest(name = "{0} code units under {1}: {2}")
    @CsvSource({
        "255, '', ok", "256, '', ok", "259, '', ok", "260, '', ok", "261, '', NAME_TOO_LONG",
        "259, D-8.B, ok", "260, D-8.B, NAME_TOO_LONG",
        "256, D-8.F, ok", "257, D-8.F, NAME_TOO_LONG",
        "261, D-8.D, NAME_TOO_LONG", "261, D-8.C, NAME_TOO_LONG", "260, D-8.C, ok",
        "261, D-8.E, ok", "300, D-8.E, ok"})
    void name_length_boundaries(int units, String readings, String expected) {
        NameVerdict verdict = rules(readings).openName(name(units));

        assertThat(verdict.failure() == null ? "ok" : verdict.failure().name()).isEqualTo(expected);
    }

    @Test
    void a_surrogate_pair_across_the_boundary_counts_as_two_units_or_one_code_point() {
        UnicodeString pairAtEnd = UnicodeString.of("n".repeat(259) + "\uD83D\uDE00");

        assertThat(rules("").openName(pairAtEnd).failure()).isEqualTo(Failure.NAME_TOO_LONG);
        assertThat(rules("D-8.C").openName(pairAtEnd).failure()).isNull();
    }

    @Test
    void truncation_makes_long_names_that_share_a_prefix_collide() {
        ReferenceRules truncating = rules("D-8.E");
        NameVerdict first = truncating.openName(UnicodeString.of("n".repeat(260) + "first"));
        NameVerdict second = truncating.openName(UnicodeString.of("n".repeat(260) + "second"));

        assertThat(first.key()).isEqualTo(second.key());
        assertThat(first.name()).hasSize(260);
    }

    @Test
    void malformed_strings_are_refused_or_read_leniently_per_D9() {
        UnicodeString odd = UnicodeString.withLengths("abcd\0".toCharArray(), 7, 10);

        assertThat(rules("").openName(odd).failure()).isEqualTo(Failure.NAME_MALFORMED);
        assertThat(rules("D-9.C").openName(odd).failure()).isEqualTo(Failure.NAME_MALFORMED);
        assertThat(rules("D-9.B").openName(odd).key()).isEqualTo(new NameKey("abc"));
        assertThat(rules("D-9.B").openName(UnicodeString.nullBuffer(8, 8)).failure()).isEqualTo(Failure.NAME_EMPTY);
    }

    @Test
    void an_empty_name_is_refused_or_unnamed_per_D9() {
        UnicodeString empty = UnicodeString.of("");

        assertThat(rules("").openName(empty).failure()).isEqualTo(Failure.NAME_EMPTY);
        assertThat(rules("").createName(empty).failure()).isEqualTo(Failure.NAME_EMPTY);
        assertThat(rules("D-9.C").openName(empty).failure()).isEqualTo(Failure.NAME_EMPTY);
        assertThat(rules("D-9.C").createName(empty)).isEqualTo(new NameVerdict(null, null, null));
        assertThat(rules("D-9.B").createName(UnicodeString.nullBuffer(0, 0)).key()).isNull();
    }

    @Test
    void a_backslash_anywhere_is_refused_and_only_a_namespace_prefix_is_dropped_under_D12C() {
        for (String name : new String[] {"\\abc", "ab\\c", "abc\\", "\\"}) {
            assertThat(rules("").openName(UnicodeString.of(name)).failure()).as(name).isEqualTo(Failure.NAME_BACKSLASH);
            assertThat(rules("").createName(UnicodeString.of(name)).failure()).as(name)
                    .isEqualTo(Failure.CREATE_NAME_BACKSLASH);
        }
        assertThat(rules("D-12.C").openName(UnicodeString.of("Global\\abc")).key()).isEqualTo(new NameKey("abc"));
        assertThat(rules("D-12.C").openName(UnicodeString.of("Global\\a\\bc")).failure())
                .isEqualTo(Failure.NAME_BACKSLASH);
        assertThat(rules("D-12.C").openName(UnicodeString.of("Local\\")).failure()).isEqualTo(Failure.NAME_EMPTY);
    }

    @Test
    void other_characters_are_allowed() {
        for (String name : new String[] {"a/b", "with space", "Gr\u00FC\u00DFe", "\uD83D\uDE00", "nul\0inside", "\uD800"}) {
            assertThat(rules("").openName(UnicodeString.of(name)).key()).as(name).isEqualTo(new NameKey(name));
        }
    }
}
