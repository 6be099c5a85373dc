package org.rtkconformance.selftest.naive;

import org.rtkconformance.adapter.api.CreateSharedMemoryCall;
import org.rtkconformance.adapter.api.Handle;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.OpenSharedMemoryCall;
import org.rtkconformance.adapter.api.SharedMemoryResult;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import static org.rtkconformance.adapter.api.NtStatus.STATUS_INVALID_PARAMETER;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_OBJECT_NAME_EXISTS;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_SUCCESS;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_UNSUCCESSFUL;

/**
 * A port that marks a block destroyed at its last close but leaves it in its {@code TreeMap}, and whose open
 * forgets to check the mark: the name still opens the old object. Its introspection does check the mark and
 * reports the object gone, so only behaviour (the later open) shows the violation of OPEN-REM-4.
 */
final class LyingIntrospectionPort extends NaivePort {

    private final TreeMap<String, NaiveBlock> table = new TreeMap<>();
    private final List<NaiveBlock> unnamed = new ArrayList<>();

    @Override
    SharedMemoryResult create(Process process, CreateSharedMemoryCall call) {
        if (call.name() == null) {
            NaiveBlock block = new NaiveBlock(null, call.size());
            block.references = 1;
            unnamed.add(block);
            return process.opened(STATUS_SUCCESS, block, true);
        }
        String name = plainName(call.name()).orElse(null);
        if (name == null) {
            return SharedMemoryResult.failed(STATUS_INVALID_PARAMETER);
        }
        NaiveBlock existing = table.get(name);
        if (existing != null && !existing.destroyed) {
            existing.references++;
            return process.opened(STATUS_OBJECT_NAME_EXISTS, existing, true);
        }
        NaiveBlock block = new NaiveBlock(name, call.size());
        block.references = 1;
        table.put(name, block);
        return process.opened(STATUS_SUCCESS, block, true);
    }

    @Override
    SharedMemoryResult open(Process process, OpenSharedMemoryCall call) {
        String name = plainName(call.name()).orElse(null);
        if (name == null) {
            return SharedMemoryResult.failed(STATUS_INVALID_PARAMETER);
        }
        NaiveBlock block = table.get(name);
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
        drop(block);
        return STATUS_SUCCESS;
    }

    private void drop(NaiveBlock block) {
        block.references--;
        if (block.references <= 0) {
            block.destroyed = true;
            unmapEverywhere(block);
        }
    }

    @Override
    void terminated(Process process) {
        new ArrayList<>(process.handles.values()).forEach(this::drop);
    }

    @Override
    List<NaiveBlock> liveBlocks() {
        List<NaiveBlock> live = new ArrayList<>();
        table.values().stream().filter(block -> !block.destroyed).forEach(live::add);
        unnamed.stream().filter(block -> !block.destroyed).forEach(live::add);
        return live;
    }
}
