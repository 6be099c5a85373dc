package org.rtkconformance.selftest.naive;

import org.rtkconformance.adapter.api.CreateSharedMemoryCall;
import org.rtkconformance.adapter.api.Handle;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.OpenSharedMemoryCall;
import org.rtkconformance.adapter.api.SharedMemoryResult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.rtkconformance.adapter.api.NtStatus.STATUS_INVALID_PARAMETER;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_OBJECT_NAME_EXISTS;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_SUCCESS;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_UNSUCCESSFUL;

/**
 * A port that counts references per process, the way POSIX counts {@code shm_open} users: an object records
 * the set of processes that hold it. A second open by the same process adds nothing, and any one close by a
 * process removes the process, so closing one of a process's two handles can destroy the object under the
 * other (breaks OPEN-REM-2: closing a handle decrements the count by one handle).
 */
final class PerProcessCountPort extends NaivePort {

    private final Map<String, NaiveBlock> objects = new HashMap<>();
    private final Map<NaiveBlock, Set<Process>> holders = new HashMap<>();

    private SharedMemoryResult hold(Process process, NaiveBlock block, SharedMemoryResult result) {
        if (result.status().isSuccess()) {
            Set<Process> set = holders.computeIfAbsent(block, b -> new LinkedHashSet<>());
            set.add(process);
            block.references = set.size();
        }
        return result;
    }

    @Override
    SharedMemoryResult create(Process process, CreateSharedMemoryCall call) {
        if (call.name() == null) {
            NaiveBlock block = new NaiveBlock(null, call.size());
            return hold(process, block, process.opened(STATUS_SUCCESS, block, true));
        }
        String name = plainName(call.name()).orElse(null);
        if (name == null) {
            return SharedMemoryResult.failed(STATUS_INVALID_PARAMETER);
        }
        NaiveBlock block = objects.get(name);
        NtStatus status = block == null ? STATUS_SUCCESS : STATUS_OBJECT_NAME_EXISTS;
        if (block == null) {
            block = new NaiveBlock(name, call.size());
            objects.put(name, block);
        }
        return hold(process, block, process.opened(status, block, true));
    }

    @Override
    SharedMemoryResult open(Process process, OpenSharedMemoryCall call) {
        String name = plainName(call.name()).orElse(null);
        if (name == null) {
            return SharedMemoryResult.failed(STATUS_INVALID_PARAMETER);
        }
        NaiveBlock block = objects.get(name);
        return hold(process, block, openAs(process, block, call.desiredAccess()));
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
        leave(process, block);
        return STATUS_SUCCESS;
    }

    private void leave(Process process, NaiveBlock block) {
        Set<Process> set = holders.get(block);
        if (set == null) {
            return;
        }
        set.remove(process);
        block.references = set.size();
        if (set.isEmpty()) {
            holders.remove(block);
            if (block.name != null) {
                objects.remove(block.name);
            }
            unmapEverywhere(block);
        }
    }

    @Override
    void terminated(Process process) {
        new ArrayList<>(process.handles.values()).forEach(block -> leave(process, block));
    }

    @Override
    List<NaiveBlock> liveBlocks() {
        return new ArrayList<>(holders.keySet());
    }
}
