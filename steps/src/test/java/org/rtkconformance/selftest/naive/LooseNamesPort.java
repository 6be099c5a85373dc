package org.rtkconformance.selftest.naive;

import org.rtkconformance.adapter.api.CreateSharedMemoryCall;
import org.rtkconformance.adapter.api.Handle;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.OpenSharedMemoryCall;
import org.rtkconformance.adapter.api.SharedMemoryResult;
import org.rtkconformance.adapter.api.UnicodeString;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.rtkconformance.adapter.api.NtStatus.STATUS_INVALID_PARAMETER;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_OBJECT_NAME_EXISTS;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_SUCCESS;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_UNSUCCESSFUL;

/**
 * A port written against a fixed 255-character name buffer: any well-formed name is accepted, backslashes
 * included (they are just characters to it), and names are cut at 255 code units, so two long names that
 * differ after the 255th unit are one object. Breaks CREATE-NAME-1 (Create applies the no-backslash rule).
 */
final class LooseNamesPort extends NaivePort {

    private static final int BUFFER = 255;

    private final Map<String, NaiveBlock> names = new LinkedHashMap<>();
    private final List<NaiveBlock> anonymous = new ArrayList<>();

    private static String buffered(UnicodeString name) {
        if (name == null || name.hasNullBuffer() || !name.isWellFormed() || name.length() == 0) {
            return null;
        }
        String text = name.text();
        return text.length() > BUFFER ? text.substring(0, BUFFER) : text;
    }

    @Override
    SharedMemoryResult create(Process process, CreateSharedMemoryCall call) {
        NaiveBlock block;
        NtStatus status = STATUS_SUCCESS;
        if (call.name() == null) {
            block = new NaiveBlock(null, call.size());
            anonymous.add(block);
        } else {
            String name = buffered(call.name());
            if (name == null) {
                return SharedMemoryResult.failed(STATUS_INVALID_PARAMETER);
            }
            block = names.get(name);
            if (block == null) {
                block = new NaiveBlock(name, call.size());
                names.put(name, block);
            } else {
                status = STATUS_OBJECT_NAME_EXISTS;
            }
        }
        block.references++;
        return process.opened(status, block, true);
    }

    @Override
    SharedMemoryResult open(Process process, OpenSharedMemoryCall call) {
        String name = buffered(call.name());
        if (name == null) {
            return SharedMemoryResult.failed(STATUS_INVALID_PARAMETER);
        }
        NaiveBlock block = names.get(name);
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
        unref(block);
        return STATUS_SUCCESS;
    }

    private void unref(NaiveBlock block) {
        if (--block.references > 0) {
            return;
        }
        names.values().remove(block);
        anonymous.remove(block);
        unmapEverywhere(block);
    }

    @Override
    void terminated(Process process) {
        new ArrayList<>(process.handles.values()).forEach(this::unref);
    }

    @Override
    List<NaiveBlock> liveBlocks() {
        List<NaiveBlock> live = new ArrayList<>(names.values());
        live.addAll(anonymous);
        return live;
    }
}
