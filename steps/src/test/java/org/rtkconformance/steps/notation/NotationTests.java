package org.rtkconformance.steps.notation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NotationTests {

    @Test
    void a_plain_name_is_its_characters() {
        assertThat(NameNotation.parse("\"Alpha beta/γ\"")).isEqualTo("Alpha beta/γ");
    }

    @Test
    void repeats_escapes_and_parts_combine() {
        String name = NameNotation.parse("259 × \"a\" + \"{U+1F600}\"");

        assertThat(name).hasSize(261).startsWith("aaa").endsWith("\uD83D\uDE00");
        assertThat(NameNotation.parse("3 x \"ab\"")).isEqualTo("ababab");
        assertThat(NameNotation.parse("\"a{U+005C}b{U+0000}\"")).isEqualTo("a\\b\u0000");
        assertThat(NameNotation.parse("\"{U+D83D}\"")).isEqualTo("\uD83D");
    }

    @Test
    void the_regex_finds_every_form_in_a_step() {
        assertThat("259 × \"a\" + \"{U+1F600}\"").matches(NameNotation.REGEX);
        assertThat("\"Alpha\"").matches(NameNotation.REGEX);
    }

    @Test
    void malformed_names_are_refused_precisely() {
        assertThatThrownBy(() -> NameNotation.parse("\"a{U+12}\"")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Malformed escape in \"a{U+12}\": write {U+XXXX} with 4 to 6 hex digits");
        assertThatThrownBy(() -> NameNotation.parse("\"{U+110000}\""))
                .hasMessage("{U+110000} in \"{U+110000}\" is beyond U+10FFFF, the last Unicode code point");
        assertThatThrownBy(() -> NameNotation.parse("Alpha")).hasMessageStartingWith("Malformed name part 'Alpha' in Alpha");
        assertThatThrownBy(() -> NameNotation.parse("99999 × \"a\"")).hasMessageContaining("exceeds 70000");
    }

    @Test
    void access_protect_and_boolean_values_parse_exactly() {
        assertThat(AccessNotation.access("SHM_MAP_READ")).isEqualTo(1);
        assertThat(AccessNotation.access("SHM_MAP_WRITE")).isEqualTo(2);
        assertThat(AccessNotation.access("0xFFFFFFFF")).isEqualTo(-1);
        assertThat(AccessNotation.protect("PAGE_READONLY")).isEqualTo(2);
        assertThat(AccessNotation.bool("TRUE")).isEqualTo((byte) 1);
        assertThat(AccessNotation.bool("0xFF")).isEqualTo((byte) 0xFF);
        assertThatThrownBy(() -> AccessNotation.access("0x1FFFFFFFF")).hasMessage("DesiredAccess is a ULONG: 0x1FFFFFFFF is above 0xFFFFFFFF");
        assertThatThrownBy(() -> AccessNotation.bool("256")).hasMessage("A BOOLEAN is one byte: 256 is above 0xFF");
        assertThatThrownBy(() -> AccessNotation.protect("PAGE_READ")).hasMessageStartingWith("Unknown protection PAGE_READ:");
    }
}
