package org.rtkconformance.selftest.mutants;

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

/** A caller that passes every call to the reference's caller; a port mutant overrides the one call it breaks. */
class ForwardingCaller implements Caller {

    final Caller inner;
    final MutantSession session;

    ForwardingCaller(Caller inner, MutantSession session) {
        this.inner = inner;
        this.session = session;
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public AttachResult rtkRtssAttach(int maxWfso) {
        return inner.rtkRtssAttach(maxWfso);
    }

    @Override
    public AttachResult rtkRtssAttachEx(int maxWfso, ShutdownRoutine routine) {
        return inner.rtkRtssAttachEx(maxWfso, routine);
    }

    @Override
    public NtStatus rtkRtssDetach(RtssInst rtssInst) {
        return inner.rtkRtssDetach(rtssInst);
    }

    @Override
    public SharedMemoryResult rtkCreateSharedMemory(CreateSharedMemoryCall call) {
        return inner.rtkCreateSharedMemory(call);
    }

    @Override
    public SharedMemoryResult rtkOpenSharedMemory(OpenSharedMemoryCall call) {
        return inner.rtkOpenSharedMemory(call);
    }

    @Override
    public NtStatus rtkUnMapSharedMemory(RtssInst rtssInst, Address location) {
        return inner.rtkUnMapSharedMemory(rtssInst, location);
    }

    @Override
    public NtStatus rtkCloseHandle(RtssInst rtssInst, Handle handle) {
        return inner.rtkCloseHandle(rtssInst, handle);
    }

    @Override
    public NamedObjectResult createNamedObject(RtssInst rtssInst, ObjectKind kind, UnicodeString name) {
        return inner.createNamedObject(rtssInst, kind, name);
    }

    @Override
    public MemoryAccess read(Address base, long offset, int length) {
        return inner.read(base, offset, length);
    }

    @Override
    public MemoryAccess write(Address base, long offset, byte[] data) {
        return inner.write(base, offset, data);
    }

    @Override
    public void setIrql(int irql) {
        inner.setIrql(irql);
    }

    @Override
    public void terminate() {
        inner.terminate();
    }

    @Override
    public String toString() {
        return "mutant caller " + inner.name();
    }
}
