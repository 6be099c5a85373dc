package org.rtkconformance.adapter.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UnicodeStringTests {

    @Test
    void a_well_formed_string_counts_bytes_and_is_terminated() {
        UnicodeString name = UnicodeString.of("Abc");
        assertThat(name.length()).isEqualTo(6);
        assertThat(name.maximumLength()).isEqualTo(8);
        assertThat(name.buffer()).containsExactly('A', 'b', 'c', '\0');
        assertThat(name.text()).isEqualTo("Abc");
        assertThat(name.isWellFormed()).isTrue();
    }

    @Test
    void an_unterminated_string_has_no_room_for_a_nul() {
        UnicodeString name = UnicodeString.unterminated("xy");
        assertThat(name.maximumLength()).isEqualTo(4);
        assertThat(name.buffer()).containsExactly('x', 'y');
    }

    @Test
    void the_covered_units_follow_length_not_a_terminator() {
        UnicodeString name = UnicodeString.withLengths("ab\0cd".toCharArray(), 10, 10);
        assertThat(name.text()).isEqualTo("ab\0cd");
        UnicodeString odd = UnicodeString.withLengths("abc".toCharArray(), 5, 6);
        assertThat(odd.text()).isEqualTo("ab");
        assertThat(odd.isWellFormed()).isFalse();
    }

    @Test
    void malformed_lengths_are_expressible() {
        assertThat(UnicodeString.withLengths("abcd".toCharArray(), 8, 4).isWellFormed()).isFalse();
        UnicodeString nullBuffer = UnicodeString.nullBuffer(4, 4);
        assertThat(nullBuffer.hasNullBuffer()).isTrue();
        assertThat(nullBuffer.codeUnits()).isEmpty();
        assertThat(nullBuffer.describe()).contains("Buffer=NULL");
    }

    @Test
    void lengths_are_ushorts_backed_by_the_buffer() {
        assertThatThrownBy(() -> UnicodeString.withLengths(new char[40000], 70000, 0))
                .hasMessageContaining("Length is a USHORT: 70000");
        assertThatThrownBy(() -> UnicodeString.withLengths(new char[2], 8, 8))
                .hasMessageContaining("cannot back Length=8");
    }

    @Test
    void describe_escapes_and_folds_long_runs() {
        assertThat(UnicodeString.of("a\\b\u00FC").describe()).startsWith("\"a\\\\b\\u00FC\"");
        assertThat(UnicodeString.of("x".repeat(260)).describe()).startsWith("\"x{x260}\" (Length=520");
    }

    @Test
    void equality_covers_lengths_and_buffer() {
        assertThat(UnicodeString.of("a")).isEqualTo(UnicodeString.of("a")).isNotEqualTo(UnicodeString.unterminated("a"));
        assertThat(UnicodeString.of("a").hashCode()).isEqualTo(UnicodeString.of("a").hashCode());
    }
}
