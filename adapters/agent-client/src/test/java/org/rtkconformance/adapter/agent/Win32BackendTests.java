package org.rtkconformance.adapter.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rtkconformance.adapter.api.Backend;
import org.rtkconformance.adapter.api.BackendContext;
import org.rtkconformance.adapter.api.Caller;
import org.rtkconformance.adapter.api.CreateSharedMemoryCall;
import org.rtkconformance.adapter.api.MemoryAccess;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.OpenSharedMemoryCall;
import org.rtkconformance.adapter.api.RtkConstants;
import org.rtkconformance.adapter.api.RtssInst;
import org.rtkconformance.adapter.api.SharedMemoryResult;
import org.rtkconformance.adapter.api.UnicodeString;

/**
 * The win32 backend through the port, under Wine: each caller is a Wine process, so sharing, protection and the
 * release of a killed caller are the wine server's. Skipped, with the reason, without mingw-w64 or Wine.
 */
class Win32BackendTests {

    private static final Win32AgentProvider PROVIDER = new Win32AgentProvider();
    private Backend backend;

    @BeforeEach
    void start() {
        assumeTrue(PROVIDER.unavailableReason().isEmpty(), () -> "win32 unavailable: " + PROVIDER.unavailableReason());
        backend = PROVIDER.start(new BackendContext("win32-backend-tests", "test", Map.of()));
    }

    @AfterEach
    void stop() {
        if (backend != null) {
            backend.close();
        }
    }

    private record Attached(Caller caller, RtssInst inst) {
        SharedMemoryResult create(String name) {
            return caller.rtkCreateSharedMemory(CreateSharedMemoryCall.of(inst, 4096, UnicodeString.of(name)));
        }

        SharedMemoryResult open(int access, String name) {
            return caller.rtkOpenSharedMemory(OpenSharedMemoryCall.of(inst, access, UnicodeString.of(name)));
        }
    }

    private Attached attach(String name) {
        Caller caller = backend.newCaller(name);
        var attached = caller.rtkRtssAttach(1);
        assertThat(attached.status()).isEqualTo(NtStatus.STATUS_SUCCESS);
        return new Attached(caller, attached.instance().value());
    }

    @Test
    void two_wine_processes_share_an_object_and_a_read_view_faults_on_write() {
        Attached p1 = attach("P1");
        Attached p2 = attach("P2");
        SharedMemoryResult created = p1.create("shared");
        assertThat(created.status()).isEqualTo(NtStatus.STATUS_SUCCESS);
        byte[] hello = "hello".getBytes(StandardCharsets.US_ASCII);
        assertThat(p1.caller().write(created.location().value(), 100, hello).outcome()).isEqualTo(MemoryAccess.Outcome.OK);

        SharedMemoryResult opened = p2.open(RtkConstants.SHM_MAP_READ, "shared");
        assertThat(opened.status()).isEqualTo(NtStatus.STATUS_SUCCESS);
        assertThat(p2.caller().read(opened.location().value(), 100, 5).data()).isEqualTo(hello);
        assertThat(p2.caller().write(opened.location().value(), 0, new byte[] {42}).outcome())
                .isEqualTo(MemoryAccess.Outcome.ACCESS_VIOLATION);
        assertThat(p1.caller().read(created.location().value(), 0, 1).data()).containsExactly(0);
    }

    /** The kill returns only once the wine server has released the caller, so "not found" holds at once, every time. */
    @Test
    void a_killed_creator_releases_its_object_before_terminate_returns() {
        for (int round = 0; round < 3; round++) {
            Attached creator = attach("C" + round);
            Attached opener = attach("O" + round);
            assertThat(creator.create("doomed" + round).status()).isEqualTo(NtStatus.STATUS_SUCCESS);
            creator.caller().terminate();
            SharedMemoryResult opened = opener.open(RtkConstants.SHM_MAP_WRITE, "doomed" + round);
            assertThat(opened.status()).as("round %d", round).isEqualTo(NtStatus.STATUS_UNSUCCESSFUL);
        }
    }
}
