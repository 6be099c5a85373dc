package org.rtkconformance.selftest.naive;

import org.rtkconformance.adapter.api.CreateSharedMemoryCall;
import org.rtkconformance.adapter.api.Handle;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.OpenSharedMemoryCall;
import org.rtkconformance.adapter.api.SharedMemoryResult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.rtkconformance.adapter.api.NtStatus.STATUS_INVALID_PARAMETER;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_OBJECT_NAME_EXISTS;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_SUCCESS;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_UNSUCCESSFUL;

/**
 * A port that keeps its objects in a {@code HashMap} keyed the way file systems of its author's platform
 * compare names: lower-cased, trailing NULs stripped (the C habit of treating the name as a C string).
 * Its bug: "alpha" opens "Alpha" (breaks OPEN-NAME-4, names are case-sensitive).
 */
final class CaseFoldingPort extends NaivePort {

    private final Map<String, NaiveBlock> byKey = new HashMap<>();

    private static String key(String name) {
        String stripped = name;
        while (stripped.endsWith("\u0000")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped.toLowerCase(Locale.ROOT);
    }

    @Override
    SharedMemoryResult create(Process process, CreateSharedMemoryCall call) {
        if (call.name() == null) {
            NaiveBlock unnamed = new NaiveBlock(null, call.size());
            unnamed.references++;
            return process.opened(STATUS_SUCCESS, unnamed, true);
        }
        String name = plainName(call.name()).orElse(null);
        if (name == null) {
            return SharedMemoryResult.failed(STATUS_INVALID_PARAMETER);
        }
        NaiveBlock existing = byKey.get(key(name));
        NaiveBlock block = existing != null ? existing : new NaiveBlock(name, call.size());
        byKey.put(key(name), block);
        block.references++;
        return process.opened(existing != null ? STATUS_OBJECT_NAME_EXISTS : STATUS_SUCCESS, block, true);
    }

    @Override
    SharedMemoryResult open(Process process, OpenSharedMemoryCall call) {
        String name = plainName(call.name()).orElse(null);
        if (name == null) {
            return SharedMemoryResult.failed(STATUS_INVALID_PARAMETER);
        }
        NaiveBlock block = byKey.get(key(name));
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
        release(block);
        return STATUS_SUCCESS;
    }

    private void release(NaiveBlock block) {
        if (--block.references == 0) {
            if (block.name != null) {
                byKey.remove(key(block.name));
            }
            unmapEverywhere(block);
        }
    }

    @Override
    void terminated(Process process) {
        new ArrayList<>(process.handles.values()).forEach(this::release);
    }

    @Override
    List<NaiveBlock> liveBlocks() {
        return new ArrayList<>(byKey.values());
    }
}
