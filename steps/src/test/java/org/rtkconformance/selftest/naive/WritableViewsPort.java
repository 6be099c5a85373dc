package org.rtkconformance.selftest.naive;

import org.rtkconformance.adapter.api.CreateSharedMemoryCall;
import org.rtkconformance.adapter.api.Handle;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.OpenSharedMemoryCall;
import org.rtkconformance.adapter.api.SharedMemoryResult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.rtkconformance.adapter.api.NtStatus.STATUS_INVALID_PARAMETER;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_OBJECT_NAME_EXISTS;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_SUCCESS;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_UNSUCCESSFUL;

/**
 * A port whose author read "the RTSS environment always grants read and write access" literally: it ignores
 * DesiredAccess altogether (any value opens) and maps every view read-write, so a write through an
 * SHM_MAP_READ view succeeds (breaks OPEN-ACCESS-9 under the reading it declares, D-1.B). Reference counts
 * live in a side map rather than in the block.
 */
final class WritableViewsPort extends NaivePort {

    private final Map<String, NaiveBlock> shm = new HashMap<>();
    private final Map<NaiveBlock, Integer> counts = new HashMap<>();

    private SharedMemoryResult take(Process process, NaiveBlock block, NtStatus status) {
        int count = counts.merge(block, 1, Integer::sum);
        block.references = count;
        return process.opened(status, block, true);
    }

    @Override
    SharedMemoryResult create(Process process, CreateSharedMemoryCall call) {
        if (call.name() == null) {
            return take(process, new NaiveBlock(null, call.size()), STATUS_SUCCESS);
        }
        String name = plainName(call.name()).orElse(null);
        if (name == null) {
            return SharedMemoryResult.failed(STATUS_INVALID_PARAMETER);
        }
        NaiveBlock existing = shm.get(name);
        if (existing != null) {
            return take(process, existing, STATUS_OBJECT_NAME_EXISTS);
        }
        NaiveBlock block = new NaiveBlock(name, call.size());
        shm.put(name, block);
        return take(process, block, STATUS_SUCCESS);
    }

    @Override
    SharedMemoryResult open(Process process, OpenSharedMemoryCall call) {
        String name = plainName(call.name()).orElse(null);
        if (name == null) {
            return SharedMemoryResult.failed(STATUS_INVALID_PARAMETER);
        }
        NaiveBlock block = shm.get(name);
        return block == null ? SharedMemoryResult.failed(STATUS_UNSUCCESSFUL) : take(process, block, STATUS_SUCCESS);
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
        put(block);
        return STATUS_SUCCESS;
    }

    private void put(NaiveBlock block) {
        int left = counts.merge(block, -1, Integer::sum);
        block.references = left;
        if (left == 0) {
            counts.remove(block);
            shm.values().remove(block);
            unmapEverywhere(block);
        }
    }

    @Override
    void terminated(Process process) {
        new ArrayList<>(process.handles.values()).forEach(this::put);
    }

    @Override
    List<NaiveBlock> liveBlocks() {
        return new ArrayList<>(counts.keySet());
    }
}
