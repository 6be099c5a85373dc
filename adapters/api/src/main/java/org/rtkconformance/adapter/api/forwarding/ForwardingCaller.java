package org.rtkconformance.adapter.api.forwarding;

import java.util.Objects;

import org.rtkconformance.adapter.api.Address;
import org.rtkconformance.adapter.api.AttachResult;
import org.rtkconformance.adapter.api.Caller;
import org.rtkconformance.adapter.api.CreateSharedMemoryCall;
import org.rtkconformance.adapter.api.Handle;
import org.rtkconformance.adapter.api.MemoryAccess;
import org.rtkconformance.adapter.api.NamedObjectResult;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.ObjectKind;
import org.rtkconformance.adapter.api.OpenSharedMemoryCall;
import org.rtkconformance.adapter.api.RtssInst;
import org.rtkconformance.adapter.api.SharedMemoryResult;
import org.rtkconformance.adapter.api.ShutdownRoutine;
import org.rtkconformance.adapter.api.UnicodeString;

/** A caller that passes every call to another caller; a subclass overrides the calls it changes. */
public class ForwardingCaller implements Caller {

    private final Caller delegate;

    public ForwardingCaller(Caller delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** The caller every call goes to. */
    public final Caller delegate() {
        return delegate;
    }

    /** {@code caller} without its forwarding layers: what the backend underneath made. */
    public static Caller unwrap(Caller caller) {
        Caller inner = caller;
        while (inner instanceof ForwardingCaller forwarding) {
            inner = forwarding.delegate;
        }
        return inner;
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public AttachResult rtkRtssAttach(int maxWfso) {
        return delegate.rtkRtssAttach(maxWfso);
    }

    @Override
    public AttachResult rtkRtssAttachEx(int maxWfso, ShutdownRoutine routine) {
        return delegate.rtkRtssAttachEx(maxWfso, routine);
    }

    @Override
    public NtStatus rtkRtssDetach(RtssInst rtssInst) {
        return delegate.rtkRtssDetach(rtssInst);
    }

    @Override
    public SharedMemoryResult rtkCreateSharedMemory(CreateSharedMemoryCall call) {
        return delegate.rtkCreateSharedMemory(call);
    }

    @Override
    public SharedMemoryResult rtkOpenSharedMemory(OpenSharedMemoryCall call) {
        return delegate.rtkOpenSharedMemory(call);
    }

    @Override
    public NtStatus rtkUnMapSharedMemory(RtssInst rtssInst, Address location) {
        return delegate.rtkUnMapSharedMemory(rtssInst, location);
    }

    @Override
    public NtStatus rtkCloseHandle(RtssInst rtssInst, Handle handle) {
        return delegate.rtkCloseHandle(rtssInst, handle);
    }

    @Override
    public NamedObjectResult createNamedObject(RtssInst rtssInst, ObjectKind kind, UnicodeString name) {
        return delegate.createNamedObject(rtssInst, kind, name);
    }

    @Override
    public MemoryAccess read(Address base, long offset, int length) {
        return delegate.read(base, offset, length);
    }

    @Override
    public MemoryAccess write(Address base, long offset, byte[] data) {
        return delegate.write(base, offset, data);
    }

    @Override
    public void setIrql(int irql) {
        delegate.setIrql(irql);
    }

    @Override
    public void terminate() {
        delegate.terminate();
    }

    @Override
    public String toString() {
        return "forwarding caller " + delegate.name();
    }
}
