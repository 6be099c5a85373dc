package org.rtkconformance.steps.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;
import org.rtkconformance.adapter.api.BackendFailureException;

class ResultClassTests {

    @Test
    void only_an_assertion_error_is_a_fail() {
        assertThat(ResultClass.of(result(Status.FAILED, new AssertionError("[X] not met")))).isEqualTo(ResultClass.FAIL);
        assertThat(ResultClass.of(result(Status.FAILED, new BackendFailureException("agent crashed"))))
                .isEqualTo(ResultClass.UNRESOLVED);
        assertThat(ResultClass.of(result(Status.FAILED, new IllegalStateException("kit bug")))).isEqualTo(ResultClass.UNRESOLVED);
    }

    @Test
    void aborts_are_classified_by_their_prefix() {
        assertThat(ResultClass.of(result(Status.SKIPPED, new TestAbortedException("UNSUPPORTED: UNMAP"))))
                .isEqualTo(ResultClass.UNSUPPORTED);
        assertThat(ResultClass.of(result(Status.SKIPPED, new TestAbortedException("NOT_APPLICABLE: pins D-6.B"))))
                .isEqualTo(ResultClass.NOT_APPLICABLE);
    }

    @Test
    void nothing_that_did_not_run_is_a_pass() {
        assertThat(ResultClass.of(result(Status.SKIPPED, null))).isEqualTo(ResultClass.UNRESOLVED);
        assertThat(ResultClass.of(result(Status.SKIPPED, new TestAbortedException("something else"))))
                .isEqualTo(ResultClass.UNRESOLVED);
        assertThat(ResultClass.of(result(Status.UNDEFINED, null))).isEqualTo(ResultClass.UNRESOLVED);
        assertThat(ResultClass.of(result(Status.PENDING, null))).isEqualTo(ResultClass.UNRESOLVED);
        assertThat(ResultClass.messageOf(result(Status.UNDEFINED, null))).startsWith("A step has no definition");
    }

    @Test
    void a_pass_is_a_pass_without_message() {
        assertThat(ResultClass.of(result(Status.PASSED, null))).isEqualTo(ResultClass.PASS);
        assertThat(ResultClass.messageOf(result(Status.PASSED, null))).isNull();
    }

    private static Result result(Status status, Throwable error) {
        return new Result(status, Duration.ofMillis(3), error);
    }
}
