package org.rtkconformance.steps.assertions;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rtkconformance.steps.assertions.ConformanceAssertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.rtkconformance.adapter.api.Address;
import org.rtkconformance.adapter.api.Handle;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.Out;
import org.rtkconformance.adapter.api.SharedMemoryResult;

class CallOutcomeAssertTests {

    private static final Verdict VERDICT = new Verdict(List.of("OPEN-RTSSINST-2"), "mutant-7");
    private static final String CALL = "RtkOpenSharedMemory(RTSSINST 0x0, &handle, SHM_MAP_WRITE, FALSE, \"Alpha\", &location)";

    @Test
    void should_pass_if_status_is_the_expected_one() {
        // GIVEN
        CallOutcome outcome = failure(NtStatus.STATUS_INVALID_PARAMETER);
        // WHEN / THEN
        assertThatCode(() -> assertThat(outcome).hasStatus(NtStatus.STATUS_INVALID_PARAMETER)).doesNotThrowAnyException();
    }

    @Test
    void should_fail_if_status_differs_naming_statement_call_expected_actual_and_backend() {
        // GIVEN
        CallOutcome outcome = success();
        // WHEN / THEN
        assertThatThrownBy(() -> assertThat(outcome).hasStatus(NtStatus.STATUS_INVALID_PARAMETER))
                .isInstanceOf(AssertionError.class)
                .hasMessage("[OPEN-RTSSINST-2] not met by backend 'mutant-7'" + System.lineSeparator()
                        + "  call:     " + CALL + System.lineSeparator()
                        + "  expected: STATUS_INVALID_PARAMETER (0xC000000D)" + System.lineSeparator()
                        + "  actual:   STATUS_SUCCESS (0x00000000), *SharedMemoryHandle=HANDLE 0x8, *location=0x10000");
    }

    @Test
    void should_fail_if_a_failure_is_outside_the_five_documented_codes() {
        CallOutcome outcome = failure(NtStatus.STATUS_OBJECT_NAME_NOT_FOUND);

        assertThatThrownBy(() -> assertThat(outcome).failedWithDocumentedCode())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected: one of [STATUS_INVALID_PARAMETER (0xC000000D), STATUS_UNSUCCESSFUL")
                .hasMessageContaining("actual:   STATUS_OBJECT_NAME_NOT_FOUND (0xC0000034)");
    }

    @Test
    void should_pass_if_a_failure_is_a_documented_code() {
        for (NtStatus status : CallOutcomeAssert.DOCUMENTED_FAILURES) {
            assertThatCode(() -> assertThat(failure(status)).failedWithDocumentedCode()).doesNotThrowAnyException();
        }
    }

    @Test
    void should_fail_if_a_success_is_asked_to_be_a_failure() {
        assertThatThrownBy(() -> assertThat(success()).failed()).hasMessageContaining("expected: a failure status");
    }

    @Test
    void should_fail_if_a_failed_call_wrote_an_out_parameter() {
        CallOutcome outcome = new CallOutcome(VERDICT, CALL, NtStatus.STATUS_INVALID_PARAMETER, Optional.of(
                SharedMemoryResult.of(NtStatus.STATUS_INVALID_PARAMETER, Out.written(Handle.NULL), Out.untouched())));

        assertThatThrownBy(() -> assertThat(outcome).leftOutParametersUntouched())
                .hasMessageContaining("expected: *SharedMemoryHandle and *location left untouched")
                .hasMessageContaining("*SharedMemoryHandle=HANDLE 0x0, *location=(not written)");
    }

    @Test
    void should_fail_if_a_success_delivered_a_null_handle() {
        CallOutcome outcome = new CallOutcome(VERDICT, CALL, NtStatus.STATUS_SUCCESS, Optional.of(SharedMemoryResult.of(
                NtStatus.STATUS_SUCCESS, Out.written(Handle.NULL), Out.written(new Address(0x10000)))));

        assertThatThrownBy(() -> assertThat(outcome).deliveredHandleAndView())
                .hasMessageContaining("expected: a non-NULL handle written through SharedMemoryHandle");
    }

    @Test
    void should_pass_if_a_success_delivered_handle_and_view() {
        assertThatCode(() -> assertThat(success()).succeeded().deliveredHandleAndView()).doesNotThrowAnyException();
    }

    private static CallOutcome success() {
        return new CallOutcome(VERDICT, CALL, NtStatus.STATUS_SUCCESS, Optional.of(SharedMemoryResult.of(
                NtStatus.STATUS_SUCCESS, Out.written(new Handle(8)), Out.written(new Address(0x10000)))));
    }

    private static CallOutcome failure(NtStatus status) {
        return new CallOutcome(VERDICT, CALL, status, Optional.of(SharedMemoryResult.failed(status)));
    }
}
