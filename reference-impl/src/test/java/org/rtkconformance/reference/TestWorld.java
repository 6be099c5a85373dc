package org.rtkconformance.reference;

import java.util.Map;

import org.rtkconformance.adapter.api.Address;
import org.rtkconformance.adapter.api.AttachResult;
import org.rtkconformance.adapter.api.BackendContext;
import org.rtkconformance.adapter.api.Caller;
import org.rtkconformance.adapter.api.CreateSharedMemoryCall;
import org.rtkconformance.adapter.api.Handle;
import org.rtkconformance.adapter.api.MemoryAccess;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.OpenSharedMemoryCall;
import org.rtkconformance.adapter.api.RtssInst;
import org.rtkconformance.adapter.api.SharedMemoryResult;
import org.rtkconformance.adapter.api.UnicodeString;
import org.rtkconformance.reference.rules.Readings;
import org.rtkconformance.reference.rules.ReferenceRules;

/** A reference session for one test, with attached drivers and the calls tests make most. Not a test class. */
final class TestWorld implements AutoCloseable {

    final ReferenceBackend backend;

    TestWorld(ReferenceBackend backend) {
        this.backend = backend;
    }

    /** A session with the default readings plus {@code readings} ({@code "D-6.B,D-1.A"}, or empty). */
    static TestWorld with(String readings) {
        return of(new ReferenceRules(Readings.parse(readings, "test")));
    }

    static TestWorld defaults() {
        return with("");
    }

    static TestWorld of(ReferenceRules rules) {
        return new TestWorld(ReferenceBackendProvider.withRules("reference", rules)
                .start(new BackendContext("run", "scenario", Map.of())));
    }

    /** A new caller that has attached once. */
    Driver driver(String name) {
        Caller caller = backend.newCaller(name);
        AttachResult attach = caller.rtkRtssAttach(1);
        if (!attach.status().equals(NtStatus.STATUS_SUCCESS)) {
            throw new AssertionError("attach failed: " + attach);
        }
        return new Driver(caller, attach.instance().value());
    }

    int handles(Driver driver) {
        return backend.introspection().openHandles(driver.caller);
    }

    int views(Driver driver) {
        return backend.introspection().mappedViews(driver.caller);
    }

    boolean exists(String name) {
        return backend.introspection().lookup(UnicodeString.of(name)).isPresent();
    }

    @Override
    public void close() {
        backend.close();
    }

    /** A caller with its instance. */
    static final class Driver {

        final Caller caller;
        final RtssInst inst;

        Driver(Caller caller, RtssInst inst) {
            this.caller = caller;
            this.inst = inst;
        }

        SharedMemoryResult create(String name, long size) {
            return caller.rtkCreateSharedMemory(CreateSharedMemoryCall.of(inst, size, UnicodeString.of(name)));
        }

        SharedMemoryResult create(CreateSharedMemoryCall call) {
            return caller.rtkCreateSharedMemory(call);
        }

        SharedMemoryResult open(String name, int access) {
            return caller.rtkOpenSharedMemory(OpenSharedMemoryCall.of(inst, access, UnicodeString.of(name)));
        }

        SharedMemoryResult open(OpenSharedMemoryCall call) {
            return caller.rtkOpenSharedMemory(call);
        }

        OpenSharedMemoryCall openCall(int access, UnicodeString name) {
            return OpenSharedMemoryCall.of(inst, access, name);
        }

        NtStatus close(SharedMemoryResult result) {
            return close(result.handle().value());
        }

        NtStatus close(Handle handle) {
            return caller.rtkCloseHandle(inst, handle);
        }

        NtStatus unmap(SharedMemoryResult result) {
            return unmap(result.location().value());
        }

        NtStatus unmap(Address location) {
            return caller.rtkUnMapSharedMemory(inst, location);
        }

        MemoryAccess write(SharedMemoryResult result, long offset, String text) {
            return caller.write(result.location().value(), offset, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        MemoryAccess read(SharedMemoryResult result, long offset, int length) {
            return caller.read(result.location().value(), offset, length);
        }

        String readText(SharedMemoryResult result, long offset, int length) {
            MemoryAccess access = read(result, offset, length);
            if (access.outcome() != MemoryAccess.Outcome.OK) {
                throw new AssertionError("read failed: " + access);
            }
            return new String(access.data(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
