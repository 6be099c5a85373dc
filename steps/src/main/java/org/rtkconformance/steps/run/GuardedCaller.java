package org.rtkconformance.steps.run;

import java.util.function.Supplier;

import org.rtkconformance.adapter.api.Address;
import org.rtkconformance.adapter.api.AttachResult;

import org.rtkconformance.adapter.api.Caller;
import org.rtkconformance.adapter.api.CallerKilledException;
import org.rtkconformance.adapter.api.Capability;
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

/** A caller seen through the {@link CapabilityGuard}. */
final class GuardedCaller extends GuardedDelegate<Caller> implements Caller {

    private final CapabilityMask mask;
    private final KilledCallerJudge onKilled;

    GuardedCaller(Caller target, CapabilityMask mask, KilledCallerJudge onKilled) {
        super(target);
        this.mask = mask;
        this.onKilled = onKilled;
    }

    /** An RTKAPI call: a missing capability is UNSUPPORTED, the caller killed by the backend is judged. */
    private <T> T rtk(String call, Supplier<T> invocation) {
        try {
            return CapabilityGuard.call(invocation);
        } catch (CallerKilledException killed) {
            throw onKilled.judge(call + " by caller '" + target().name() + "'", killed);
        }
    }

    @Override
    public String name() {
        return CapabilityGuard.call(target()::name);
    }

    @Override
    public AttachResult rtkRtssAttach(int maxWfso) {
        return rtk("RtkRtssAttach(" + maxWfso + ", &inst)", () -> target().rtkRtssAttach(maxWfso));
    }

    @Override
    public AttachResult rtkRtssAttachEx(int maxWfso, ShutdownRoutine routine) {
        CapabilityGuard.run(() -> mask.check(Capability.ATTACH_EX));
        return rtk("RtkRtssAttachEx(" + maxWfso + ", &inst, routine)", () -> target().rtkRtssAttachEx(maxWfso, routine));
    }

    @Override
    public NtStatus rtkRtssDetach(RtssInst rtssInst) {
        return rtk("RtkRtssDetach(" + rtssInst + ")", () -> target().rtkRtssDetach(rtssInst));
    }

    @Override
    public SharedMemoryResult rtkCreateSharedMemory(CreateSharedMemoryCall call) {
        return rtk(call.toString(), () -> target().rtkCreateSharedMemory(call));
    }

    @Override
    public SharedMemoryResult rtkOpenSharedMemory(OpenSharedMemoryCall call) {
        return rtk(call.toString(), () -> target().rtkOpenSharedMemory(call));
    }

    @Override
    public NtStatus rtkUnMapSharedMemory(RtssInst rtssInst, Address location) {
        CapabilityGuard.run(() -> mask.check(Capability.UNMAP));
        return rtk("RtkUnMapSharedMemory(" + rtssInst + ", " + location + ")", () -> target().rtkUnMapSharedMemory(rtssInst, location));
    }

    @Override
    public NtStatus rtkCloseHandle(RtssInst rtssInst, Handle handle) {
        return rtk("RtkCloseHandle(" + rtssInst + ", " + handle + ")", () -> target().rtkCloseHandle(rtssInst, handle));
    }

    @Override
    public NamedObjectResult createNamedObject(RtssInst rtssInst, ObjectKind kind, UnicodeString name) {
        CapabilityGuard.run(() -> mask.check(Capability.NAMED_OBJECTS_OF_OTHER_KINDS));
        return CapabilityGuard.call(() -> target().createNamedObject(rtssInst, kind, name));
    }

    @Override
    public MemoryAccess read(Address base, long offset, int length) {
        CapabilityGuard.run(() -> mask.check(Capability.VIEW_ACCESS));
        return CapabilityGuard.call(() -> target().read(base, offset, length));
    }

    @Override
    public MemoryAccess write(Address base, long offset, byte[] data) {
        CapabilityGuard.run(() -> mask.check(Capability.VIEW_ACCESS));
        return CapabilityGuard.call(() -> target().write(base, offset, data));
    }

    @Override
    public void setIrql(int irql) {
        CapabilityGuard.run(() -> mask.check(Capability.IRQL_CONTROL));
        CapabilityGuard.run(() -> target().setIrql(irql));
    }

    @Override
    public void terminate() {
        CapabilityGuard.run(() -> mask.check(Capability.CALLER_TERMINATION));
        CapabilityGuard.run(target()::terminate);
    }
}
