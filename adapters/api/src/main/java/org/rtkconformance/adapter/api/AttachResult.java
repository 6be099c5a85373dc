package org.rtkconformance.adapter.api;

import java.util.Objects;

/**
 * What {@code RtkRtssAttach} or {@code RtkRtssAttachEx} returned and wrote through {@code RtssInstPtr}.
 *
 * @param status   the NTSTATUS returned
 * @param instance what was written through {@code RtssInstPtr}
 */
public record AttachResult(NtStatus status, Out<RtssInst> instance) {

    public AttachResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(instance, "instance");
    }
}
