package org.rtkconformance.selftest.mutants;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.rtkconformance.adapter.api.Address;
import org.rtkconformance.adapter.api.AttachResult;
import org.rtkconformance.adapter.api.Caller;
import org.rtkconformance.adapter.api.CreateSharedMemoryCall;
import org.rtkconformance.adapter.api.Handle;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.OpenSharedMemoryCall;
import org.rtkconformance.adapter.api.RtssInst;
import org.rtkconformance.adapter.api.SharedMemoryResult;
import org.rtkconformance.adapter.api.ShutdownRoutine;

/**
 * A forwarding caller that remembers what the reference gave it: its instance, and for each handle and
 * view the name it was opened or created under. Port mutants that act on "the same object" use this
 * ledger instead of reaching into the model.
 */
class TrackingCaller extends ForwardingCaller {

    /** What one successful Create or Open delivered. */
    record Grant(String name, int desiredAccess, boolean byOpen) {
    }

    private RtssInst instance = RtssInst.ZERO;
    private final Map<Long, Grant> handles = new LinkedHashMap<>();
    private final Map<Long, Grant> views = new LinkedHashMap<>();

    TrackingCaller(Caller inner, MutantSession session) {
        super(inner, session);
    }

    @Override
    public AttachResult rtkRtssAttach(int maxWfso) {
        return remember(super.rtkRtssAttach(maxWfso));
    }

    @Override
    public AttachResult rtkRtssAttachEx(int maxWfso, ShutdownRoutine routine) {
        return remember(super.rtkRtssAttachEx(maxWfso, routine));
    }

    private AttachResult remember(AttachResult result) {
        if (result.status().isSuccess() && result.instance().written()) {
            instance = result.instance().value();
        }
        return result;
    }

    @Override
    public SharedMemoryResult rtkCreateSharedMemory(CreateSharedMemoryCall call) {
        return record(super.rtkCreateSharedMemory(call), call.name() == null ? null : call.name().text(),
                org.rtkconformance.adapter.api.RtkConstants.SHM_MAP_WRITE, false);
    }

    @Override
    public SharedMemoryResult rtkOpenSharedMemory(OpenSharedMemoryCall call) {
        return record(super.rtkOpenSharedMemory(call), call.name() == null ? null : call.name().text(),
                call.desiredAccess(), true);
    }

    /** Notes the handle and view {@code result} delivered, when it succeeded. */
    SharedMemoryResult record(SharedMemoryResult result, String name, int desiredAccess, boolean byOpen) {
        if (result.status().isSuccess()) {
            Grant grant = new Grant(name, desiredAccess, byOpen);
            if (result.handle().written()) {
                handles.put(result.handle().value().value(), grant);
            }
            if (result.location().written()) {
                views.put(result.location().value().value(), grant);
            }
        }
        return result;
    }

    @Override
    public NtStatus rtkUnMapSharedMemory(RtssInst rtssInst, Address location) {
        NtStatus status = super.rtkUnMapSharedMemory(rtssInst, location);
        if (status.isSuccess()) {
            views.remove(location.value());
        }
        return status;
    }

    @Override
    public NtStatus rtkCloseHandle(RtssInst rtssInst, Handle handle) {
        NtStatus status = super.rtkCloseHandle(rtssInst, handle);
        if (status.isSuccess()) {
            handles.remove(handle.value());
        }
        return status;
    }

    /** The instance the last successful attach wrote (0 before any). */
    RtssInst instance() {
        return instance;
    }

    /** The handles this caller holds, by value, with what they were opened for. */
    Map<Long, Grant> handles() {
        return handles;
    }

    /** What the view based at {@code address} was mapped for, if this caller mapped one there. */
    Optional<Grant> view(Address address) {
        return Optional.ofNullable(views.get(address.value()));
    }

    /** Closes, in the reference itself, every handle this caller holds to {@code name}. */
    void closeEveryHandleTo(String name) {
        for (Map.Entry<Long, Grant> held : Map.copyOf(handles).entrySet()) {
            if (name.equals(held.getValue().name()) && inner.rtkCloseHandle(instance, new Handle(held.getKey())).isSuccess()) {
                handles.remove(held.getKey());
            }
        }
    }
}
