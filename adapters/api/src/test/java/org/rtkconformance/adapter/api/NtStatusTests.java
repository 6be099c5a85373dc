package org.rtkconformance.adapter.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NtStatusTests {

    @Test
    void known_values_keep_their_name_and_exact_32_bit_value() {
        assertThat(NtStatus.of(0xC000000D)).isSameAs(NtStatus.STATUS_INVALID_PARAMETER);
        assertThat(NtStatus.STATUS_INVALID_PARAMETER.value()).isEqualTo(-1073741811);
        assertThat(NtStatus.STATUS_INVALID_PARAMETER).hasToString("STATUS_INVALID_PARAMETER (0xC000000D)");
    }

    @Test
    void unknown_values_are_kept_by_value_and_shown_in_hex() {
        NtStatus odd = NtStatus.of(0xC0001234);
        assertThat(odd.isNamed()).isFalse();
        assertThat(odd.name()).isEqualTo("0xC0001234");
        assertThat(odd).isEqualTo(NtStatus.of(0xC0001234)).isNotEqualTo(NtStatus.STATUS_UNSUCCESSFUL);
    }

    @Test
    void nt_success_holds_for_non_negative_values_only() {
        assertThat(NtStatus.STATUS_SUCCESS.isSuccess()).isTrue();
        assertThat(NtStatus.STATUS_OBJECT_NAME_EXISTS.isSuccess()).isTrue();
        assertThat(NtStatus.STATUS_UNSUCCESSFUL.isSuccess()).isFalse();
    }

    @Test
    void parses_names_case_insensitively_and_hex_values() {
        assertThat(NtStatus.parse("status_no_memory")).isSameAs(NtStatus.STATUS_NO_MEMORY);
        assertThat(NtStatus.parse("0xc000000e")).isSameAs(NtStatus.STATUS_NO_SUCH_DEVICE);
        assertThat(NtStatus.parse("0x12345678").value()).isEqualTo(0x12345678);
    }

    @Test
    void refuses_unknown_text_naming_what_it_accepts() {
        assertThatThrownBy(() -> NtStatus.parse("STATUS_NOPE"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown NTSTATUS 'STATUS_NOPE'")
                .hasMessageContaining("STATUS_INVALID_HANDLE");
        assertThatThrownBy(() -> NtStatus.parse("0x123456789")).hasMessageContaining("hexadecimal");
        assertThatThrownBy(() -> NtStatus.parse("0xZZ")).hasMessageContaining("Unknown NTSTATUS");
    }
}
