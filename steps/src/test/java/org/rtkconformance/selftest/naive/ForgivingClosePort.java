package org.rtkconformance.selftest.naive;

import org.rtkconformance.adapter.api.CreateSharedMemoryCall;
import org.rtkconformance.adapter.api.Handle;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.OpenSharedMemoryCall;
import org.rtkconformance.adapter.api.SharedMemoryResult;

import java.util.ArrayList;
import java.util.List;

import static org.rtkconformance.adapter.api.NtStatus.STATUS_INVALID_PARAMETER;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_OBJECT_NAME_EXISTS;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_SUCCESS;

/**
 * A port whose close is "idempotent" by design: closing NULL, a handle already closed or a value it never
 * issued returns STATUS_SUCCESS and does nothing (breaks CLOSE-2: a double close returns
 * STATUS_UNSUCCESSFUL). Objects live in a plain list, found by a linear scan.
 */
final class ForgivingClosePort extends NaivePort {

    private final List<NaiveBlock> objects = new ArrayList<>();

    private NaiveBlock named(String name) {
        return objects.stream().filter(block -> name.equals(block.name)).findFirst().orElse(null);
    }

    @Override
    SharedMemoryResult create(Process process, CreateSharedMemoryCall call) {
        String name = null;
        if (call.name() != null) {
            name = plainName(call.name()).orElse(null);
            if (name == null) {
                return SharedMemoryResult.failed(STATUS_INVALID_PARAMETER);
            }
            NaiveBlock existing = named(name);
            if (existing != null) {
                existing.references++;
                return process.opened(STATUS_OBJECT_NAME_EXISTS, existing, true);
            }
        }
        NaiveBlock block = new NaiveBlock(name, call.size());
        block.references = 1;
        objects.add(block);
        return process.opened(STATUS_SUCCESS, block, true);
    }

    @Override
    SharedMemoryResult open(Process process, OpenSharedMemoryCall call) {
        String name = plainName(call.name()).orElse(null);
        if (name == null) {
            return SharedMemoryResult.failed(STATUS_INVALID_PARAMETER);
        }
        NaiveBlock block = named(name);
        SharedMemoryResult result = openAs(process, block, call.desiredAccess());
        if (result.status().isSuccess()) {
            block.references++;
        }
        return result;
    }

    @Override
    NtStatus close(Process process, Handle handle) {
        NaiveBlock block = process.handles.remove(handle.value());
        if (block != null) {
            letGo(block);
        }
        return STATUS_SUCCESS;
    }

    private void letGo(NaiveBlock block) {
        if (--block.references == 0) {
            objects.remove(block);
            unmapEverywhere(block);
        }
    }

    @Override
    void terminated(Process process) {
        new ArrayList<>(process.handles.values()).forEach(this::letGo);
    }

    @Override
    List<NaiveBlock> liveBlocks() {
        return new ArrayList<>(objects);
    }
}
