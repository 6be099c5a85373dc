package org.rtkconformance.selftest.naive;

import org.rtkconformance.adapter.api.Address;
import org.rtkconformance.adapter.api.AttachResult;
import org.rtkconformance.adapter.api.Backend;
import org.rtkconformance.adapter.api.BackendFailureException;
import org.rtkconformance.adapter.api.Capability;
import org.rtkconformance.adapter.api.CapabilityMissingException;
import org.rtkconformance.adapter.api.Caller;
import org.rtkconformance.adapter.api.CreateSharedMemoryCall;
import org.rtkconformance.adapter.api.FaultInjection;
import org.rtkconformance.adapter.api.Handle;
import org.rtkconformance.adapter.api.Introspection;
import org.rtkconformance.adapter.api.MemoryAccess;
import org.rtkconformance.adapter.api.NamedObjectResult;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.ObjectInfo;
import org.rtkconformance.adapter.api.ObjectKind;
import org.rtkconformance.adapter.api.OpenSharedMemoryCall;
import org.rtkconformance.adapter.api.Out;
import org.rtkconformance.adapter.api.RtssInst;
import org.rtkconformance.adapter.api.SharedMemoryResult;
import org.rtkconformance.adapter.api.ShutdownRoutine;
import org.rtkconformance.adapter.api.UnicodeString;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import static org.rtkconformance.adapter.api.NtStatus.STATUS_INVALID_PARAMETER;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_SUCCESS;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_UNSUCCESSFUL;

/**
 * The plumbing of a naive port, as a vendor writes it in an afternoon: attach hands out instance numbers,
 * each process keeps a table of handles and a table of views, and bytes are read and written straight into
 * the block's array. What a port does with names, objects and reference counts (where the bugs live) is
 * the subclass's: {@link #create}, {@link #open}, {@link #close}, {@link #terminated}.
 */
abstract class NaivePort implements Backend {

    static final long PAGE = 4096;
    static final int NAME_LIMIT = 260;

    private static final Set<Capability> CAPABILITIES = EnumSet.of(Capability.MULTIPLE_CALLERS,
            Capability.VIEW_ACCESS, Capability.CALLER_TERMINATION, Capability.UNMAP, Capability.INTROSPECTION);

    // Callers race in the concurrency scenarios: the plumbing is thread-safe, so that a port's only races
    // are the ones its subclass has on purpose (RacyCountPort).
    private final AtomicLong nextInstance = new AtomicLong(0x1000);
    private final AtomicLong nextHandle = new AtomicLong(0x100);
    private final AtomicLong nextAddress = new AtomicLong(0x1000_0000L);
    final List<Process> processes = new CopyOnWriteArrayList<>();

    /** One RTSS process of the port: its live instances, handles and views. */
    final class Process implements Caller {
        final String name;
        final Set<Long> instances = ConcurrentHashMap.newKeySet();
        /** Handle value to what the port keeps for it (a block, most of the time). */
        final Map<Long, NaiveBlock> handles = new ConcurrentHashMap<>();
        /** View base address to the view. */
        final Map<Long, View> views = new ConcurrentHashMap<>();
        volatile boolean dead;

        Process(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public AttachResult rtkRtssAttach(int maxWfso) {
            alive();
            if (maxWfso == 0) {
                return new AttachResult(STATUS_INVALID_PARAMETER, Out.written(RtssInst.ZERO));
            }
            long value = nextInstance.getAndAdd(0x10);
            instances.add(value);
            return new AttachResult(STATUS_SUCCESS, Out.written(new RtssInst(value)));
        }

        @Override
        public AttachResult rtkRtssAttachEx(int maxWfso, ShutdownRoutine routine) {
            throw new CapabilityMissingException(Capability.ATTACH_EX);
        }

        @Override
        public NtStatus rtkRtssDetach(RtssInst rtssInst) {
            alive();
            return instances.remove(rtssInst.value()) ? STATUS_SUCCESS : STATUS_INVALID_PARAMETER;
        }

        @Override
        public SharedMemoryResult rtkCreateSharedMemory(CreateSharedMemoryCall call) {
            alive();
            if (!instances.contains(call.rtssInst().value()) || !call.handlePointer() || !call.locationPointer()
                    || call.maximumSizeHigh() != 0 || call.maximumSizeLow() == 0) {
                return SharedMemoryResult.failed(STATUS_INVALID_PARAMETER);
            }
            return create(this, call);
        }

        @Override
        public SharedMemoryResult rtkOpenSharedMemory(OpenSharedMemoryCall call) {
            alive();
            if (!instances.contains(call.rtssInst().value()) || !call.handlePointer() || !call.locationPointer()) {
                return SharedMemoryResult.failed(STATUS_INVALID_PARAMETER);
            }
            return open(this, call);
        }

        @Override
        public NtStatus rtkUnMapSharedMemory(RtssInst rtssInst, Address location) {
            alive();
            if (!instances.contains(rtssInst.value()) || views.remove(location.value()) == null) {
                return STATUS_INVALID_PARAMETER;
            }
            return STATUS_SUCCESS;
        }

        @Override
        public NtStatus rtkCloseHandle(RtssInst rtssInst, Handle handle) {
            alive();
            if (!instances.contains(rtssInst.value())) {
                return STATUS_INVALID_PARAMETER;
            }
            return close(this, handle);
        }

        @Override
        public NamedObjectResult createNamedObject(RtssInst rtssInst, ObjectKind kind, UnicodeString name) {
            throw new CapabilityMissingException(Capability.NAMED_OBJECTS_OF_OTHER_KINDS);
        }

        @Override
        public MemoryAccess read(Address base, long offset, int length) {
            alive();
            long address = base.value() + offset;
            Optional<View> view = viewAt(address);
            if (view.isEmpty() || address + length > view.get().base + view.get().block.bytes.length) {
                return MemoryAccess.fault(MemoryAccess.Outcome.NOT_MAPPED, "naive: nothing mapped at " + address);
            }
            int start = (int) (address - view.get().base);
            byte[] out = new byte[length];
            System.arraycopy(view.get().block.bytes, start, out, 0, length);
            return MemoryAccess.ok(out);
        }

        @Override
        public MemoryAccess write(Address base, long offset, byte[] data) {
            alive();
            long address = base.value() + offset;
            Optional<View> view = viewAt(address);
            if (view.isEmpty() || address + data.length > view.get().base + view.get().block.bytes.length) {
                return MemoryAccess.fault(MemoryAccess.Outcome.NOT_MAPPED, "naive: nothing mapped at " + address);
            }
            if (!view.get().writable) {
                return MemoryAccess.fault(MemoryAccess.Outcome.ACCESS_VIOLATION, "naive: read-only view");
            }
            System.arraycopy(data, 0, view.get().block.bytes, (int) (address - view.get().base), data.length);
            return MemoryAccess.ok(null);
        }

        private Optional<View> viewAt(long address) {
            return views.values().stream()
                    .filter(v -> address >= v.base && address < v.base + v.block.bytes.length).findFirst();
        }

        @Override
        public void setIrql(int irql) {
            throw new CapabilityMissingException(Capability.IRQL_CONTROL);
        }

        @Override
        public void terminate() {
            alive();
            dead = true;
            terminated(this);
            handles.clear();
            views.clear();
            instances.clear();
        }

        private void alive() {
            if (dead) {
                throw new BackendFailureException("naive port: process " + name + " was terminated");
            }
        }

        /** A new handle value in this process for {@code block}. */
        Handle grant(NaiveBlock block) {
            long value = nextHandle.getAndAdd(4);
            handles.put(value, block);
            return new Handle(value);
        }

        /** Maps a view of {@code block} into this process. */
        Address map(NaiveBlock block, boolean writable) {
            long base = nextAddress.getAndAdd(block.bytes.length + PAGE);
            views.put(base, new View(base, block, writable));
            return new Address(base);
        }

        /** A successful create or open: a handle and a view of {@code block}. */
        SharedMemoryResult opened(NtStatus status, NaiveBlock block, boolean writable) {
            return SharedMemoryResult.of(status, Out.written(grant(block)), Out.written(map(block, writable)));
        }
    }

    /** A mapped view: its base, the block behind it, whether writes are allowed. */
    static final class View {
        final long base;
        final NaiveBlock block;
        final boolean writable;

        View(long base, NaiveBlock block, boolean writable) {
            this.base = base;
            this.block = block;
            this.writable = writable;
        }
    }

    /** Create after the common checks: the instance, both out-pointers and the size are fine. */
    abstract SharedMemoryResult create(Process process, CreateSharedMemoryCall call);

    /** Open after the common checks: the instance and both out-pointers are fine. */
    abstract SharedMemoryResult open(Process process, OpenSharedMemoryCall call);

    /** Close of {@code handle} by {@code process}, the instance being valid. */
    abstract NtStatus close(Process process, Handle handle);

    /** {@code process} has been terminated: what the port releases (its tables are cleared afterwards). */
    abstract void terminated(Process process);

    /** Every block the port holds alive, for introspection. */
    abstract List<NaiveBlock> liveBlocks();

    /** The key a valid name is stored under, or empty when the name is refused (the usual checks). */
    static Optional<String> plainName(UnicodeString name) {
        if (name == null || name.hasNullBuffer() || !name.isWellFormed() || name.length() == 0
                || name.length() / 2 > NAME_LIMIT || name.text().indexOf('\\') >= 0) {
            return Optional.empty();
        }
        return Optional.of(name.text());
    }

    /**
     * The usual open of {@code block}: SHM_MAP_READ maps a read-only view and any other DesiredAccess a
     * writable one (D-4.C, the reading the port declares, as real callers pass 3 and 4).
     */
    static SharedMemoryResult openAs(Process process, NaiveBlock block, int desiredAccess) {
        if (block == null) {
            return SharedMemoryResult.failed(STATUS_UNSUCCESSFUL);
        }
        return process.opened(STATUS_SUCCESS, block, desiredAccess != 1);
    }

    /** Unmaps every view of {@code block} in every process, as the block goes away. */
    void unmapEverywhere(NaiveBlock block) {
        for (Process process : processes) {
            process.views.values().removeIf(view -> view.block == block);
        }
    }

    static long pageRounded(long size) {
        return (size + PAGE - 1) / PAGE * PAGE;
    }

    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }

    @Override
    public Caller newCaller(String name) {
        Process process = new Process(name);
        processes.add(process);
        return process;
    }

    @Override
    public Introspection introspection() {
        return new Introspection() {
            @Override
            public Optional<ObjectInfo> lookup(UnicodeString name) {
                return liveBlocks().stream().filter(b -> name.text().equals(b.name)).findFirst().map(NaivePort.this::info);
            }

            @Override
            public List<ObjectInfo> liveObjects() {
                List<ObjectInfo> all = new ArrayList<>();
                liveBlocks().forEach(block -> all.add(info(block)));
                return all;
            }

            @Override
            public int openHandles(Caller caller) {
                return ((Process) caller).handles.size();
            }

            @Override
            public int mappedViews(Caller caller) {
                return ((Process) caller).views.size();
            }
        };
    }

    /** What introspection reports for {@code block}; a port may report something else. */
    ObjectInfo info(NaiveBlock block) {
        int views = 0;
        for (Process process : processes) {
            views += (int) process.views.values().stream().filter(v -> v.block == block).count();
        }
        return new ObjectInfo(ObjectKind.SHARED_MEMORY, block.name == null ? null : UnicodeString.of(block.name),
                block.size, block.references, views);
    }

    @Override
    public FaultInjection faults() {
        throw new CapabilityMissingException(Capability.FAULT_INJECTION);
    }

    @Override
    public void close() {
        processes.clear();
    }
}
