package org.rtkconformance.reference;

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
import org.rtkconformance.reference.model.CallerState;
import org.rtkconformance.reference.model.RtssWorld;

/** A driver in the reference world: each port call is one call of the model. */
final class ReferenceCaller implements Caller {

    private final ReferenceBackend session;
    private final RtssWorld world;
    private final CallerState state;

    ReferenceCaller(ReferenceBackend session, RtssWorld world, CallerState state) {
        this.session = session;
        this.world = world;
        this.state = state;
    }

    /** The caller's state, when {@code caller} is one of {@code session}'s callers. */
    static CallerState stateOf(Caller caller, ReferenceBackend session) {
        if (caller instanceof ReferenceCaller && ((ReferenceCaller) caller).session == session) {
            return ((ReferenceCaller) caller).state;
        }
        throw new IllegalArgumentException("Caller '" + (caller == null ? null : caller.name())
                + "' is not a caller of this reference session");
    }

    @Override
    public String name() {
        return state.name();
    }

    @Override
    public AttachResult rtkRtssAttach(int maxWfso) {
        return world.attach(state, maxWfso);
    }

    @Override
    public AttachResult rtkRtssAttachEx(int maxWfso, ShutdownRoutine routine) {
        return world.attachEx(state, maxWfso, routine);
    }

    @Override
    public NtStatus rtkRtssDetach(RtssInst rtssInst) {
        return world.detach(state, Objects.requireNonNull(rtssInst, "rtssInst"));
    }

    @Override
    public SharedMemoryResult rtkCreateSharedMemory(CreateSharedMemoryCall call) {
        return world.create(state, Objects.requireNonNull(call, "call"));
    }

    @Override
    public SharedMemoryResult rtkOpenSharedMemory(OpenSharedMemoryCall call) {
        return world.open(state, Objects.requireNonNull(call, "call"));
    }

    @Override
    public NtStatus rtkUnMapSharedMemory(RtssInst rtssInst, Address location) {
        return world.unmap(state, Objects.requireNonNull(rtssInst, "rtssInst"), Objects.requireNonNull(location, "location"));
    }

    @Override
    public NtStatus rtkCloseHandle(RtssInst rtssInst, Handle handle) {
        return world.close(state, Objects.requireNonNull(rtssInst, "rtssInst"), Objects.requireNonNull(handle, "handle"));
    }

    @Override
    public NamedObjectResult createNamedObject(RtssInst rtssInst, ObjectKind kind, UnicodeString name) {
        return world.createNamedObject(state, Objects.requireNonNull(rtssInst, "rtssInst"),
                Objects.requireNonNull(kind, "kind"), name);
    }

    @Override
    public MemoryAccess read(Address base, long offset, int length) {
        return world.read(state, Objects.requireNonNull(base, "base"), offset, length);
    }

    @Override
    public MemoryAccess write(Address base, long offset, byte[] data) {
        return world.write(state, Objects.requireNonNull(base, "base"), offset, Objects.requireNonNull(data, "data"));
    }

    @Override
    public void setIrql(int irql) {
        world.setIrql(state, irql);
    }

    @Override
    public void terminate() {
        world.terminate(state);
    }

    @Override
    public String toString() {
        return "reference caller " + state.name();
    }
}
