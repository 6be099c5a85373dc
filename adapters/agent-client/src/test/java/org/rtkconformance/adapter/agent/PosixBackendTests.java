package org.rtkconformance.adapter.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rtkconformance.adapter.api.Address;
import org.rtkconformance.adapter.api.Backend;
import org.rtkconformance.adapter.api.BackendContext;
import org.rtkconformance.adapter.api.BackendFailureException;
import org.rtkconformance.adapter.api.Caller;
import org.rtkconformance.adapter.api.Capability;
import org.rtkconformance.adapter.api.CapabilityMissingException;
import org.rtkconformance.adapter.api.CreateSharedMemoryCall;
import org.rtkconformance.adapter.api.Handle;
import org.rtkconformance.adapter.api.MemoryAccess;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.ObjectInfo;
import org.rtkconformance.adapter.api.OpenSharedMemoryCall;
import org.rtkconformance.adapter.api.Reading;
import org.rtkconformance.adapter.api.RtkConstants;
import org.rtkconformance.adapter.api.RtssInst;
import org.rtkconformance.adapter.api.SharedMemoryResult;
import org.rtkconformance.adapter.api.UnicodeString;

/** The posix backend through the port: each caller is a real agent process, so sharing and lifetime are real. */
class PosixBackendTests {

    private static final PosixAgentProvider PROVIDER = new PosixAgentProvider();
    private Backend backend;

    @BeforeEach
    void start() {
        assumeTrue(PROVIDER.unavailableReason().isEmpty(), () -> "posix agent unavailable: " + PROVIDER.unavailableReason());
        backend = PROVIDER.start(new BackendContext("posix-backend-tests", "test", Map.of()));
    }

    @AfterEach
    void stop() {
        if (backend != null) {
            backend.close();
        }
    }

    private record Attached(Caller caller, RtssInst inst) {
        SharedMemoryResult create(String name, long size) {
            return caller.rtkCreateSharedMemory(CreateSharedMemoryCall.of(inst, size, UnicodeString.of(name)));
        }

        SharedMemoryResult open(int access, UnicodeString name) {
            return caller.rtkOpenSharedMemory(OpenSharedMemoryCall.of(inst, access, name));
        }

        SharedMemoryResult open(int access, String name) {
            return open(access, UnicodeString.of(name));
        }

        NtStatus close(SharedMemoryResult opened) {
            return caller.rtkCloseHandle(inst, opened.handle().value());
        }
    }

    private Attached attach(String name) {
        Caller caller = backend.newCaller(name);
        var attached = caller.rtkRtssAttach(1);
        assertThat(attached.status()).isEqualTo(NtStatus.STATUS_SUCCESS);
        return new Attached(caller, attached.instance().value());
    }

    @Test
    void manifest_is_what_the_agent_declares() {
        assertThat(PROVIDER.manifest().id()).isEqualTo("posix");
        assertThat(PROVIDER.manifest().capabilities()).containsExactlyInAnyOrder(Capability.MULTIPLE_CALLERS,
                Capability.VIEW_ACCESS, Capability.CALLER_TERMINATION, Capability.INTROSPECTION, Capability.UNMAP,
                Capability.NATIVE_HEADER);
        assertThat(PROVIDER.manifest().declares(Reading.parse("D-1.B"))).isTrue();
        assertThat(PROVIDER.manifest().declares(Reading.parse("D-6.A"))).isTrue();
    }

    @Test
    void a_write_by_one_process_is_read_by_another() {
        Attached p1 = attach("P1");
        Attached p2 = attach("P2");
        SharedMemoryResult created = p1.create("Shared/Data", 4096);
        assertThat(created.status()).isEqualTo(NtStatus.STATUS_SUCCESS);
        byte[] hello = "hello".getBytes(StandardCharsets.US_ASCII);
        assertThat(p1.caller().write(created.location().value(), 100, hello).outcome()).isEqualTo(MemoryAccess.Outcome.OK);

        SharedMemoryResult opened = p2.open(RtkConstants.SHM_MAP_READ, "Shared/Data");

        assertThat(opened.status()).isEqualTo(NtStatus.STATUS_SUCCESS);
        assertThat(p2.caller().read(opened.location().value(), 100, 5).data()).isEqualTo(hello);
    }

    @Test
    void a_write_through_a_read_only_view_faults_every_time_and_changes_nothing() {
        Attached p1 = attach("P1");
        SharedMemoryResult created = p1.create("ro", 4096);
        SharedMemoryResult reader = p1.open(RtkConstants.SHM_MAP_READ, "ro");
        for (int attempt = 0; attempt < 3; attempt++) {
            MemoryAccess write = p1.caller().write(reader.location().value(), 0, new byte[] {42});
            assertThat(write.outcome()).isEqualTo(MemoryAccess.Outcome.ACCESS_VIOLATION);
            assertThat(write.detail()).contains("SEGV_ACCERR");
        }
        assertThat(p1.caller().read(created.location().value(), 0, 1).data()).containsExactly(0);
    }

    @Test
    void open_of_a_missing_name_is_the_declared_not_found_code_with_enoent() {
        Attached p1 = attach("P1");
        SharedMemoryResult opened = p1.open(RtkConstants.SHM_MAP_WRITE, "nothing-here");
        assertThat(opened.status()).isEqualTo(NtStatus.STATUS_UNSUCCESSFUL);
        assertThat(opened.nativeCode()).isEqualTo(2);
        assertThat(opened.handle().written()).isFalse();
        assertThat(opened.location().written()).isFalse();
    }

    @Test
    void the_object_dies_with_its_last_handle_across_processes() {
        Attached p1 = attach("P1");
        Attached p2 = attach("P2");
        SharedMemoryResult created = p1.create("last-close", 64);
        SharedMemoryResult opened = p2.open(RtkConstants.SHM_MAP_WRITE, "last-close");
        assertThat(p1.close(created)).isEqualTo(NtStatus.STATUS_SUCCESS);
        SharedMemoryResult reopened = p1.open(RtkConstants.SHM_MAP_READ, "last-close");
        assertThat(reopened.status()).isEqualTo(NtStatus.STATUS_SUCCESS);
        assertThat(p2.close(opened)).isEqualTo(NtStatus.STATUS_SUCCESS);
        // P1 still holds the handle of its second open: the object lives
        assertThat(backend.introspection().lookup(UnicodeString.of("last-close"))).isPresent();
        assertThat(p1.close(reopened)).isEqualTo(NtStatus.STATUS_SUCCESS);
        assertThat(backend.introspection().lookup(UnicodeString.of("last-close"))).isEmpty();
        assertThat(p2.open(RtkConstants.SHM_MAP_READ, "last-close").status()).isEqualTo(NtStatus.STATUS_UNSUCCESSFUL);
    }

    @Test
    void the_last_close_takes_the_memory_from_every_view_still_mapped() {
        Attached p1 = attach("P1");
        Attached p2 = attach("P2");
        SharedMemoryResult created = p1.create("views-die", 4096);
        SharedMemoryResult opened = p2.open(RtkConstants.SHM_MAP_WRITE, "views-die");
        assertThat(p2.close(opened)).isEqualTo(NtStatus.STATUS_SUCCESS); // P2's view stays, without a handle
        assertThat(p2.caller().read(opened.location().value(), 0, 1).outcome()).isEqualTo(MemoryAccess.Outcome.OK);
        assertThat(backend.introspection().mappedViews(p2.caller())).isEqualTo(1); // the object lives: the view counts
        assertThat(p1.close(created)).isEqualTo(NtStatus.STATUS_SUCCESS); // the last handle: D-15.A
        MemoryAccess otherView = p2.caller().read(opened.location().value(), 0, 1);
        assertThat(otherView.outcome()).isEqualTo(MemoryAccess.Outcome.NOT_MAPPED);
        assertThat(otherView.detail()).contains("destroyed"); // the library dropped the view (D-15.A)
        assertThat(p1.caller().read(created.location().value(), 0, 1).outcome()).isEqualTo(MemoryAccess.Outcome.NOT_MAPPED);
        assertThat(backend.introspection().mappedViews(p1.caller())).isZero();
        assertThat(backend.introspection().mappedViews(p2.caller())).isZero();
    }

    @Test
    void terminating_the_last_holder_destroys_the_object() {
        Attached p1 = attach("P1");
        Attached p2 = attach("P2");
        p1.create("killed", 64);
        p1.caller().terminate();
        assertThat(p2.open(RtkConstants.SHM_MAP_READ, "killed").status()).isEqualTo(NtStatus.STATUS_UNSUCCESSFUL);
        assertThatThrownBy(() -> p1.caller().rtkRtssAttach(1)).isInstanceOf(BackendFailureException.class)
                .hasMessageContaining("terminated");
    }

    @Test
    void a_survivor_keeps_the_object_alive_after_a_kill() {
        Attached p1 = attach("P1");
        Attached p2 = attach("P2");
        SharedMemoryResult created = p1.create("survivor", 64);
        p1.caller().write(created.location().value(), 0, new byte[] {7});
        SharedMemoryResult opened = p2.open(RtkConstants.SHM_MAP_READ, "survivor");
        p1.caller().terminate();
        Attached p3 = attach("P3");
        SharedMemoryResult third = p3.open(RtkConstants.SHM_MAP_READ, "survivor");
        assertThat(p3.caller().read(third.location().value(), 0, 1).data()).containsExactly(7);
        ObjectInfo info = backend.introspection().lookup(UnicodeString.of("survivor")).orElseThrow();
        assertThat(info.handleCount()).isEqualTo(2);
        assertThat(info.viewCount()).isEqualTo(2);
        assertThat(info.size()).isEqualTo(64);
        p2.close(opened);
        p3.close(third);
        assertThat(backend.introspection().liveObjects()).isEmpty();
    }

    @Test
    void names_follow_the_rtx_rules_not_the_posix_ones() {
        Attached p1 = attach("P1");
        assertThat(p1.create("a".repeat(260), 16).status()).isEqualTo(NtStatus.STATUS_SUCCESS);
        assertThat(p1.create("a".repeat(261), 16).status()).isEqualTo(NtStatus.STATUS_INVALID_PARAMETER);
        assertThat(p1.create("back\\slash", 16).status()).isEqualTo(NtStatus.STATUS_INVALID_PARAMETER);
        assertThat(p1.create("..", 16).status()).isEqualTo(NtStatus.STATUS_SUCCESS);
        assertThat(p1.create("/x", 16).status()).isEqualTo(NtStatus.STATUS_SUCCESS);
        assertThat(p1.open(RtkConstants.SHM_MAP_READ, "x").status()).isEqualTo(NtStatus.STATUS_UNSUCCESSFUL);
        assertThat(p1.create("Case", 16).status()).isEqualTo(NtStatus.STATUS_SUCCESS);
        assertThat(p1.open(RtkConstants.SHM_MAP_READ, "case").status()).isEqualTo(NtStatus.STATUS_UNSUCCESSFUL);
        assertThat(p1.open(RtkConstants.SHM_MAP_READ, "\u540d\ud83d\ude00").status()).isEqualTo(NtStatus.STATUS_UNSUCCESSFUL);
        assertThat(p1.create("nul\u0000inside", 16).status()).isEqualTo(NtStatus.STATUS_SUCCESS);
        assertThat(p1.open(RtkConstants.SHM_MAP_READ, "nul").status()).isEqualTo(NtStatus.STATUS_UNSUCCESSFUL);
    }

    @Test
    void malformed_unicode_strings_and_null_pointers_are_invalid_parameters() {
        Attached p1 = attach("P1");
        p1.create("ok", 16);
        char[] units = "ok\u0000".toCharArray();
        assertThat(p1.open(RtkConstants.SHM_MAP_READ, UnicodeString.withLengths(units, 3, 6)).status())
                .isEqualTo(NtStatus.STATUS_INVALID_PARAMETER);
        assertThat(p1.open(RtkConstants.SHM_MAP_READ, UnicodeString.withLengths(units, 6, 4)).status())
                .isEqualTo(NtStatus.STATUS_INVALID_PARAMETER);
        assertThat(p1.open(RtkConstants.SHM_MAP_READ, UnicodeString.withLengths(units, 4, 5)).status())
                .isEqualTo(NtStatus.STATUS_INVALID_PARAMETER);
        assertThat(p1.open(RtkConstants.SHM_MAP_READ, UnicodeString.nullBuffer(4, 6)).status())
                .isEqualTo(NtStatus.STATUS_INVALID_PARAMETER);
        assertThat(p1.open(RtkConstants.SHM_MAP_READ, UnicodeString.unterminated("ok")).status())
                .isEqualTo(NtStatus.STATUS_SUCCESS);
        OpenSharedMemoryCall call = OpenSharedMemoryCall.of(p1.inst(), RtkConstants.SHM_MAP_READ, UnicodeString.of("ok"));
        assertThat(p1.caller().rtkOpenSharedMemory(call.withName(null)).status()).isEqualTo(NtStatus.STATUS_INVALID_PARAMETER);
        assertThat(p1.caller().rtkOpenSharedMemory(call.withHandlePointer(false)).status()).isEqualTo(NtStatus.STATUS_INVALID_PARAMETER);
        assertThat(p1.caller().rtkOpenSharedMemory(call.withLocationPointer(false)).status()).isEqualTo(NtStatus.STATUS_INVALID_PARAMETER);
        assertThat(p1.caller().rtkOpenSharedMemory(call.withDesiredAccess(3)).status()).isEqualTo(NtStatus.STATUS_INVALID_PARAMETER);
        assertThat(p1.caller().rtkOpenSharedMemory(call.withRtssInst(RtssInst.ZERO)).status()).isEqualTo(NtStatus.STATUS_INVALID_PARAMETER);
        assertThat(p1.caller().rtkOpenSharedMemory(call.withInheritHandle((byte) 0xFF)).status()).isEqualTo(NtStatus.STATUS_SUCCESS);
    }

    @Test
    void create_of_a_live_name_keeps_its_size_and_reports_eexist() {
        Attached p1 = attach("P1");
        p1.create("sized", 8192);
        SharedMemoryResult again = p1.create("sized", 16);
        assertThat(again.status()).isEqualTo(NtStatus.STATUS_SUCCESS);
        assertThat(again.nativeCode()).isEqualTo(17);
        assertThat(backend.introspection().lookup(UnicodeString.of("sized")).orElseThrow().size()).isEqualTo(8192);
    }

    @Test
    void unmap_and_close_follow_the_documented_order_and_codes() {
        Attached p1 = attach("P1");
        SharedMemoryResult created = p1.create("order", 4096);
        Address view = created.location().value();
        assertThat(p1.caller().rtkUnMapSharedMemory(p1.inst(), view)).isEqualTo(NtStatus.STATUS_SUCCESS);
        assertThat(p1.caller().read(view, 0, 1).outcome()).isEqualTo(MemoryAccess.Outcome.NOT_MAPPED);
        assertThat(p1.caller().rtkUnMapSharedMemory(p1.inst(), view)).isEqualTo(NtStatus.STATUS_INVALID_PARAMETER);
        assertThat(p1.close(created)).isEqualTo(NtStatus.STATUS_SUCCESS);
        assertThat(p1.caller().rtkCloseHandle(p1.inst(), created.handle().value())).isEqualTo(NtStatus.STATUS_UNSUCCESSFUL);
        assertThat(p1.caller().rtkCloseHandle(p1.inst(), new Handle(0x12345))).isEqualTo(NtStatus.STATUS_UNSUCCESSFUL);
        assertThat(p1.caller().rtkCloseHandle(p1.inst(), Handle.NULL)).isEqualTo(NtStatus.STATUS_INVALID_PARAMETER);
    }

    @Test
    void undeclared_capabilities_are_refused_as_missing() {
        Attached p1 = attach("P1");
        assertThatThrownBy(backend::faults).isInstanceOf(CapabilityMissingException.class);
        assertThatThrownBy(() -> p1.caller().setIrql(2)).isInstanceOf(CapabilityMissingException.class);
        assertThatThrownBy(() -> p1.caller().rtkRtssAttachEx(1, null)).isInstanceOf(CapabilityMissingException.class);
    }

    @Test
    void nothing_is_left_in_dev_shm_after_a_session_even_with_killed_callers() throws IOException {
        Attached p1 = attach("P1");
        Attached p2 = attach("P2");
        p1.create("left-1", 64);
        p2.create("left-2", 64);
        p2.open(RtkConstants.SHM_MAP_READ, "left-1");
        p1.caller().terminate();
        p2.caller().terminate();
        assertThat(ourEntries()).isNotEmpty(); // stale until swept: the kernel only dropped the locks
        backend.close();
        backend = null;
        assertThat(ourEntries()).isEmpty();
    }

    private static List<String> ourEntries() throws IOException {
        String tag = "rtk." + RunNamespace.runTag("posix-backend-tests") + ".";
        try (Stream<Path> entries = Files.list(Path.of("/dev/shm"))) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(tag)).toList();
        }
    }
}
