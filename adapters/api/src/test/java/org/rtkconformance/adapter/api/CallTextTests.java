package org.rtkconformance.adapter.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallTextTests {

    @Test
    void an_open_call_reads_like_c_source() {
        OpenSharedMemoryCall call = OpenSharedMemoryCall.of(new RtssInst(0x10), RtkConstants.SHM_MAP_READ,
                UnicodeString.of("Shm")).withHandlePointer(false).withInheritHandle((byte) 2);
        assertThat(call).hasToString("RtkOpenSharedMemory(RTSSINST 0x10, NULL, SHM_MAP_READ, (BOOLEAN)2, "
                + "\"Shm\" (Length=6, MaximumLength=8), &location)");
        assertThat(call.withName(null).withDesiredAccess(7).toString()).contains(", 0x7, ").contains(", NULL, &location)");
    }

    @Test
    void a_create_call_computes_its_size_unsigned() {
        CreateSharedMemoryCall call = CreateSharedMemoryCall.of(RtssInst.ZERO, 0xFFFF_FFFFL, null).withMaximumSizeHigh(1);
        assertThat(call.size()).isEqualTo(0x1_FFFF_FFFFL);
        assertThat(call.toString()).contains("PAGE_READWRITE, 1, 4294967295, NULL");
    }

    @Test
    void out_parameters_distinguish_untouched_from_written() {
        assertThat(Out.untouched()).hasToString("(not written)");
        assertThat(Out.written(Handle.NULL).written()).isTrue();
    }

    @Test
    void readings_parse_and_refuse_bad_text() {
        assertThat(Reading.parse("D-6.A")).isEqualTo(new Reading("D-6", "A"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Reading.parse("D-25.A"))
                .hasMessageContaining("D-1 to D-24");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Reading.parse("D-6"))
                .hasMessageContaining("D-<n>.<letter>");
    }
}
