package org.rtkconformance.reference.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.rtkconformance.adapter.api.Address;
import org.rtkconformance.adapter.api.AttachResult;
import org.rtkconformance.adapter.api.BackendFailureException;
import org.rtkconformance.adapter.api.Capability;
import org.rtkconformance.adapter.api.CapabilityMissingException;
import org.rtkconformance.adapter.api.CreateSharedMemoryCall;
import org.rtkconformance.adapter.api.Fault;
import org.rtkconformance.adapter.api.Handle;
import org.rtkconformance.adapter.api.MemoryAccess;
import org.rtkconformance.adapter.api.NamedObjectResult;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.ObjectInfo;
import org.rtkconformance.adapter.api.ObjectKind;
import org.rtkconformance.adapter.api.OpenSharedMemoryCall;
import org.rtkconformance.adapter.api.RtssInst;
import org.rtkconformance.adapter.api.SharedMemoryResult;
import org.rtkconformance.adapter.api.ShutdownRoutine;
import org.rtkconformance.adapter.api.UnicodeString;
import org.rtkconformance.reference.rules.NameVerdict;
import org.rtkconformance.reference.rules.ReferenceRules;

/**
 * One isolated RTSS world: the entry point of the model. Every operation runs under one lock, so
 * concurrent callers see each call as atomic and every count stays exact; operations on a terminated
 * caller or a closed world throw {@link BackendFailureException} (the port's contract for
 * {@code Caller.terminate}); harness operations the rules do not declare throw
 * {@link CapabilityMissingException}. RTK calls never throw for bad arguments. The {@link CallerState}s
 * passed in are this world's own, from {@link #newCaller}; the port layer checks that.
 */
public final class RtssWorld {

    /** The highest IRQL of x64 Windows (HIGH_LEVEL). */
    public static final int HIGHEST_IRQL = 15;

    private final ReentrantLock lock = new ReentrantLock();
    private final String backendId;
    private final Set<Capability> capabilities;
    private final RtssState state;
    private final EntryGate gate;
    private final AttachOperations attach;
    private final CreateOperation create;
    private final OpenOperation open;
    private final CloseOperation close;
    private final UnmapOperation unmap;
    private final NamedObjectOperation namedObjects;
    private final MemoryAccessor memory = new MemoryAccessor();
    private final SubsystemEvents events;
    private boolean closed;

    /**
     * A world following {@code rules}.
     *
     * @param backendId   the backend's id, for capability messages
     * @param memoryLimit the bytes shared-memory objects may take in total
     */
    public RtssWorld(String backendId, ReferenceRules rules, long memoryLimit) {
        this.backendId = backendId;
        this.capabilities = Set.copyOf(rules.capabilities());
        this.state = new RtssState(rules, memoryLimit);
        this.gate = new EntryGate(state);
        Lifecycle lifecycle = new Lifecycle(state);
        this.attach = new AttachOperations(state, gate, lifecycle);
        this.create = new CreateOperation(state, gate, lifecycle);
        this.open = new OpenOperation(state, gate, lifecycle);
        this.close = new CloseOperation(state, gate, lifecycle);
        this.unmap = new UnmapOperation(state, gate, lifecycle);
        this.namedObjects = new NamedObjectOperation(state, gate, lifecycle);
        this.events = new SubsystemEvents(state, lifecycle, attach);
    }

    /** The capabilities the world's rules declare. */
    public Set<Capability> capabilities() {
        return capabilities;
    }

    /** Throws {@link CapabilityMissingException} unless the rules declare {@code capability}. */
    public void require(Capability capability) {
        if (!capabilities.contains(capability)) {
            throw new CapabilityMissingException(capability, backendId);
        }
    }

    /** A new caller named {@code name}; the second and later need MULTIPLE_CALLERS. */
    public CallerState newCaller(String name) {
        return locked(() -> {
            if (!state.callers.isEmpty()) {
                require(Capability.MULTIPLE_CALLERS);
            }
            CallerState caller = new CallerState(name);
            state.callers.add(caller);
            return caller;
        });
    }

    public AttachResult attach(CallerState caller, int maxWfso) {
        return call(caller, () -> attach.attach(caller, AttachOperations.ATTACH, maxWfso, null));
    }

    public AttachResult attachEx(CallerState caller, int maxWfso, ShutdownRoutine routine) {
        require(Capability.ATTACH_EX);
        return call(caller, () -> attach.attach(caller, AttachOperations.ATTACH_EX, maxWfso, routine));
    }

    public NtStatus detach(CallerState caller, RtssInst rtssInst) {
        return call(caller, () -> attach.detach(caller, rtssInst));
    }

    public SharedMemoryResult create(CallerState caller, CreateSharedMemoryCall call) {
        return call(caller, () -> create.call(caller, call));
    }

    public SharedMemoryResult open(CallerState caller, OpenSharedMemoryCall call) {
        return call(caller, () -> open.call(caller, call));
    }

    public NtStatus unmap(CallerState caller, RtssInst rtssInst, Address location) {
        require(Capability.UNMAP);
        return call(caller, () -> unmap.call(caller, rtssInst, location));
    }

    public NtStatus close(CallerState caller, RtssInst rtssInst, Handle handle) {
        return call(caller, () -> close.call(caller, rtssInst, handle));
    }

    /** Creates an event, mutex or semaphore; {@code kind} SHARED_MEMORY is a harness error (use {@link #create}). */
    public NamedObjectResult createNamedObject(CallerState caller, RtssInst rtssInst, ObjectKind kind,
                                               UnicodeString name) {
        require(Capability.NAMED_OBJECTS_OF_OTHER_KINDS);
        if (kind == ObjectKind.SHARED_MEMORY) {
            throw new IllegalArgumentException("createNamedObject makes events, mutexes and semaphores;"
                    + " shared memory is made by rtkCreateSharedMemory");
        }
        return call(caller, () -> namedObjects.call(caller, rtssInst, kind, name));
    }

    public MemoryAccess read(CallerState caller, Address base, long offset, int length) {
        require(Capability.VIEW_ACCESS);
        return call(caller, () -> memory.read(caller, base, offset, length));
    }

    public MemoryAccess write(CallerState caller, Address base, long offset, byte[] data) {
        require(Capability.VIEW_ACCESS);
        return call(caller, () -> memory.write(caller, base, offset, data.clone()));
    }

    /** Sets the IRQL of {@code caller}'s next calls: 0 (PASSIVE_LEVEL) to {@value #HIGHEST_IRQL}. */
    public void setIrql(CallerState caller, int irql) {
        require(Capability.IRQL_CONTROL);
        if (irql < 0 || irql > HIGHEST_IRQL) {
            throw new IllegalArgumentException("An IRQL on x64 is 0 (PASSIVE_LEVEL) to " + HIGHEST_IRQL
                    + " (HIGH_LEVEL), not " + irql);
        }
        call(caller, () -> {
            caller.setIrql(irql);
            return null;
        });
    }

    /** Terminates {@code caller} as the system terminates a process (D-16). */
    public void terminate(CallerState caller) {
        require(Capability.CALLER_TERMINATION);
        call(caller, () -> {
            events.terminate(caller);
            return null;
        });
    }

    public void inject(Fault fault) {
        require(Capability.FAULT_INJECTION);
        locked(() -> {
            events.inject(fault);
            return null;
        });
    }

    public void clearFaults() {
        require(Capability.FAULT_INJECTION);
        locked(() -> {
            state.faults.clear();
            return null;
        });
    }

    /** The live object the name names, compared as Open compares names. */
    public Optional<ObjectInfo> lookup(UnicodeString name) {
        require(Capability.INTROSPECTION);
        return locked(() -> {
            NameVerdict verdict = state.rules.openName(name);
            return Optional.ofNullable(verdict.key()).flatMap(state.namespace::find).map(RtssObject::info);
        });
    }

    public List<ObjectInfo> liveObjects() {
        require(Capability.INTROSPECTION);
        return locked(() -> state.liveObjects.stream().map(RtssObject::info).toList());
    }

    /** The handles {@code caller} holds open (a terminated caller's, too: they leak under D-16.D). */
    public int openHandles(CallerState caller) {
        require(Capability.INTROSPECTION);
        return locked(() -> caller.handles().size());
    }

    public int mappedViews(CallerState caller) {
        require(Capability.INTROSPECTION);
        return locked(() -> caller.views().size());
    }

    /** The bytes the live shared-memory objects take from the session's memory. */
    public long memoryInUse() {
        return locked(state.pool::used);
    }

    /** Every call made above PASSIVE_LEVEL so far (D-23). */
    public List<VerifierViolation> verifierViolations() {
        return locked(() -> new ArrayList<>(state.violations));
    }

    /** Ends the world: every later operation throws {@link BackendFailureException}. Idempotent. */
    public void close() {
        lock.lock();
        try {
            closed = true;
            state.liveObjects.clear();
            state.callers.clear();
        } finally {
            lock.unlock();
        }
    }

    private <T> T call(CallerState caller, Supplier<T> operation) {
        return locked(() -> {
            if (caller.isTerminated()) {
                throw new BackendFailureException("Caller '" + caller.name() + "' was terminated; a terminated"
                        + " caller makes no more calls");
            }
            return operation.get();
        });
    }

    private <T> T locked(Supplier<T> operation) {
        lock.lock();
        try {
            if (closed) {
                throw new BackendFailureException("This reference session was closed; start a new one");
            }
            return operation.get();
        } finally {
            lock.unlock();
        }
    }
}
