package org.rtkconformance.selftest.naive;

import static org.rtkconformance.adapter.api.NtStatus.STATUS_INVALID_PARAMETER;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_OBJECT_NAME_EXISTS;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_SUCCESS;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_UNSUCCESSFUL;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.rtkconformance.adapter.api.CreateSharedMemoryCall;
import org.rtkconformance.adapter.api.Handle;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.OpenSharedMemoryCall;
import org.rtkconformance.adapter.api.SharedMemoryResult;

/**
 * A port that is right one call at a time (a table of names under a lock, a reference count per handle) and
 * wrong only when callers overlap: one step of its bookkeeping runs outside the lock, the way a port's
 * author guards the table but forgets the count, or guards the count but looks the name up before taking it.
 * No scenario that calls one caller at a time can see the bug; only the concurrency scenarios' trials can.
 *
 * <p>The unguarded step pauses for {@link #WINDOW_MICROS} µs, as a preemption or a page fault stretches such
 * a window on a busy RTSS, so that a scenario finds it within its stated trial count; a real port's window is
 * narrower, which is why the trial count is part of the scenario.
 */
final class RacyCountPort extends NaivePort {

    /** Which step of the bookkeeping runs outside the lock. */
    enum Window {
        /** Every increment and decrement of the count is a read, a pause and a write: updates get lost. */
        COUNT_UPDATE,
        /** Open looks the name up, then counts its reference; a last close in between destroys what it gets. */
        LOOKUP_THEN_COUNT,
        /** Termination releases the process's references with a read, a pause and a write; closes are locked. */
        TERMINATION_RELEASE
    }

    static final long WINDOW_MICROS = 300;

    private final Window window;
    private final Object lock = new Object();
    private final Map<String, NaiveBlock> names = new HashMap<>();
    private final List<NaiveBlock> live = new ArrayList<>();

    RacyCountPort(Window window) {
        this.window = window;
    }

    @Override
    SharedMemoryResult create(Process process, CreateSharedMemoryCall call) {
        String name = null;
        if (call.name() != null) {
            name = plainName(call.name()).orElse(null);
            if (name == null) {
                return SharedMemoryResult.failed(STATUS_INVALID_PARAMETER);
            }
        }
        NaiveBlock block;
        NtStatus status;
        synchronized (lock) {
            block = name == null ? null : names.get(name);
            status = block == null ? STATUS_SUCCESS : STATUS_OBJECT_NAME_EXISTS;
            if (block == null) {
                block = new NaiveBlock(name, call.size());
                live.add(block);
                if (name != null) {
                    names.put(name, block);
                }
            }
            if (countsWithLookup()) {
                block.references++;
            }
        }
        if (!countsWithLookup()) {
            add(block, window == Window.COUNT_UPDATE);
        }
        return process.opened(status, block, true);
    }

    @Override
    SharedMemoryResult open(Process process, OpenSharedMemoryCall call) {
        String name = plainName(call.name()).orElse(null);
        if (name == null) {
            return SharedMemoryResult.failed(STATUS_INVALID_PARAMETER);
        }
        NaiveBlock block;
        synchronized (lock) {
            block = names.get(name);
            if (block != null && countsWithLookup()) {
                block.references++;
            }
        }
        SharedMemoryResult result = openAs(process, block, call.desiredAccess());
        if (result.status().isSuccess() && !countsWithLookup()) {
            if (window == Window.LOOKUP_THEN_COUNT) {
                pause();
            }
            add(block, window == Window.COUNT_UPDATE);
        }
        return result;
    }

    @Override
    NtStatus close(Process process, Handle handle) {
        if (handle.value() == 0) {
            return STATUS_INVALID_PARAMETER;
        }
        NaiveBlock block = process.handles.remove(handle.value());
        if (block == null) {
            return STATUS_UNSUCCESSFUL;
        }
        release(block, window == Window.COUNT_UPDATE);
        return STATUS_SUCCESS;
    }

    @Override
    void terminated(Process process) {
        for (NaiveBlock block : new ArrayList<>(process.handles.values())) {
            release(block, window == Window.COUNT_UPDATE || window == Window.TERMINATION_RELEASE);
        }
    }

    /** Whether a name's lookup and the reference it adds are one step under the lock, as they should be. */
    private boolean countsWithLookup() {
        return window == Window.TERMINATION_RELEASE;
    }

    private void add(NaiveBlock block, boolean unguarded) {
        if (unguarded) {
            int seen = block.references;
            pause();
            block.references = seen + 1;
        } else {
            synchronized (lock) {
                block.references++;
            }
        }
    }

    private void release(NaiveBlock block, boolean unguarded) {
        if (unguarded || window == Window.LOOKUP_THEN_COUNT) {
            int left;
            if (unguarded) {
                int seen = block.references;
                pause();
                left = seen - 1;
                block.references = left;
            } else {
                synchronized (lock) {
                    left = --block.references;
                }
                pause();
            }
            if (left <= 0) {
                synchronized (lock) {
                    destroy(block);
                }
                unmapEverywhere(block);
            }
            return;
        }
        synchronized (lock) {
            if (--block.references > 0) {
                return;
            }
            destroy(block);
        }
        unmapEverywhere(block);
    }

    /** Takes the block out of the namespace; the caller holds the lock. */
    private void destroy(NaiveBlock block) {
        block.destroyed = true;
        live.remove(block);
        if (block.name != null) {
            names.remove(block.name, block);
        }
    }

    private static void pause() {
        LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(WINDOW_MICROS));
    }

    @Override
    List<NaiveBlock> liveBlocks() {
        synchronized (lock) {
            return new ArrayList<>(live);
        }
    }
}
