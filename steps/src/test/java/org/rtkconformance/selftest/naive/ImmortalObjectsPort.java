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
import static org.rtkconformance.adapter.api.NtStatus.STATUS_UNSUCCESSFUL;

/**
 * A port that appends every object it creates to a list and looks names up by scanning it. Closing drops the
 * handle and the count, but nothing ever takes a block out of the list: objects outlive their last handle,
 * and a later open still finds them (breaks OPEN-REM-4). Its introspection is honest about it.
 */
final class ImmortalObjectsPort extends NaivePort {

    private final List<NaiveBlock> blocks = new ArrayList<>();

    private NaiveBlock find(String name) {
        for (NaiveBlock block : blocks) {
            if (name.equals(block.name)) {
                return block;
            }
        }
        return null;
    }

    @Override
    SharedMemoryResult create(Process process, CreateSharedMemoryCall call) {
        String name = null;
        if (call.name() != null) {
            name = plainName(call.name()).orElse(null);
            if (name == null) {
                return SharedMemoryResult.failed(STATUS_INVALID_PARAMETER);
            }
            NaiveBlock existing = find(name);
            if (existing != null) {
                existing.references++;
                return process.opened(STATUS_OBJECT_NAME_EXISTS, existing, true);
            }
        }
        NaiveBlock block = new NaiveBlock(name, call.size());
        blocks.add(block);
        block.references = 1;
        return process.opened(STATUS_SUCCESS, block, true);
    }

    @Override
    SharedMemoryResult open(Process process, OpenSharedMemoryCall call) {
        String name = plainName(call.name()).orElse(null);
        if (name == null) {
            return SharedMemoryResult.failed(STATUS_INVALID_PARAMETER);
        }
        NaiveBlock block = find(name);
        SharedMemoryResult result = openAs(process, block, call.desiredAccess());
        if (result.status().isSuccess()) {
            block.references++;
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
        block.references--;
        return STATUS_SUCCESS;
    }

    @Override
    void terminated(Process process) {
        process.handles.values().forEach(block -> block.references--);
    }

    @Override
    List<NaiveBlock> liveBlocks() {
        return new ArrayList<>(blocks);
    }
}
