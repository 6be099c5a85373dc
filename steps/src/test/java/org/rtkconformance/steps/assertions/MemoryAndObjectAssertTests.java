package org.rtkconformance.steps.assertions;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rtkconformance.steps.assertions.ConformanceAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.rtkconformance.adapter.api.MemoryAccess;
import org.rtkconformance.adapter.api.ObjectInfo;
import org.rtkconformance.adapter.api.ObjectKind;
import org.rtkconformance.adapter.api.UnicodeString;

class MemoryAndObjectAssertTests {

    private static final Verdict VERDICT = new Verdict(List.of("OPEN-ACCESS-9"), "mutant-1");

    @Test
    void should_fail_if_a_write_through_a_read_only_view_completed() {
        MemoryOutcome outcome = new MemoryOutcome(VERDICT, "driver B writes 8 bytes at offset 0 of B's view",
                MemoryAccess.ok(new byte[0]));

        assertThatThrownBy(() -> assertThat(outcome).hasOutcome(MemoryAccess.Outcome.ACCESS_VIOLATION))
                .hasMessageContaining("[OPEN-ACCESS-9] not met by backend 'mutant-1'")
                .hasMessageContaining("expected: ACCESS_VIOLATION")
                .hasMessageContaining("actual:   OK");
    }

    @Test
    void should_fail_if_bytes_read_differ_showing_both_renderings() {
        MemoryOutcome outcome = new MemoryOutcome(VERDICT, "driver A reads 5 bytes",
                MemoryAccess.ok(new byte[] {0, 1, 2, 3, 4}));

        assertThatThrownBy(() -> assertThat(outcome).read("hello".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("expected: \"hello\" (5 bytes)")
                .hasMessageContaining("actual:   OK [00 01 02 03 04] (5 bytes)");
    }

    @Test
    void should_pass_if_bytes_read_match() {
        MemoryOutcome outcome = new MemoryOutcome(VERDICT, "read", MemoryAccess.ok("hello".getBytes(StandardCharsets.US_ASCII)));

        assertThatCode(() -> assertThat(outcome).read("hello".getBytes(StandardCharsets.US_ASCII))).doesNotThrowAnyException();
    }

    @Test
    void should_fail_if_an_object_survives_that_should_be_destroyed() {
        ObjectInfo alive = new ObjectInfo(ObjectKind.SHARED_MEMORY, UnicodeString.of("Alpha"), 4096, 1, 0);
        ObjectState state = new ObjectState(VERDICT, "\"Alpha\"", Optional.of(alive));

        assertThatThrownBy(() -> assertThat(state).doesNotExist())
                .hasMessageContaining("expected: no live object named \"Alpha\"")
                .hasMessageContaining("actual:   SHARED_MEMORY \"Alpha\" (Length=10, MaximumLength=12), 4096 bytes, handles=1, views=0");
    }

    @Test
    void should_fail_if_the_handle_count_differs() {
        ObjectInfo alive = new ObjectInfo(ObjectKind.SHARED_MEMORY, UnicodeString.of("Alpha"), 4096, 3, 3);

        assertThatThrownBy(() -> assertThat(new ObjectState(VERDICT, "\"Alpha\"", Optional.of(alive))).hasHandleCount(2))
                .hasMessageContaining("expected: 2 open handle(s) to \"Alpha\"");
        assertThatThrownBy(() -> assertThat(new ObjectState(VERDICT, "\"Alpha\"", Optional.empty())).hasHandleCount(2))
                .hasMessageContaining("expected: a live object named \"Alpha\"");
    }
}
