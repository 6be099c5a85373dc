package org.rtkconformance.selftest.mutants;

import java.util.HashMap;
import java.util.Map;

import org.rtkconformance.adapter.api.Address;
import org.rtkconformance.adapter.api.Caller;
import org.rtkconformance.adapter.api.MemoryAccess;
import org.rtkconformance.adapter.api.RtkConstants;

/**
 * The mutant caller whose writes through a view it opened read-write stay in that view: the writer reads
 * them back, no other view sees them (a copy-on-write mapping, like POSIX MAP_PRIVATE).
 */
final class PrivateWritesCaller extends TrackingCaller {

    private final Map<Long, Map<Long, Byte>> privateBytes = new HashMap<>();
    private final int privateAccess;

    PrivateWritesCaller(Caller inner, MutantSession session) {
        this(inner, session, RtkConstants.SHM_MAP_WRITE);
    }

    /** Writes through views opened with {@code privateAccess} stay private (SHM_MAP_READ: a writable private copy). */
    PrivateWritesCaller(Caller inner, MutantSession session, int privateAccess) {
        super(inner, session);
        this.privateAccess = privateAccess;
    }

    private boolean isPrivate(Address base) {
        return view(base).map(grant -> grant.byOpen() && grant.desiredAccess() == privateAccess).orElse(false);
    }

    @Override
    public MemoryAccess write(Address base, long offset, byte[] data) {
        if (!isPrivate(base)) {
            return super.write(base, offset, data);
        }
        MemoryAccess reachable = super.read(base, offset, data.length);
        if (reachable.outcome() != MemoryAccess.Outcome.OK) {
            return reachable;
        }
        Map<Long, Byte> bytes = privateBytes.computeIfAbsent(base.value(), any -> new HashMap<>());
        for (int i = 0; i < data.length; i++) {
            bytes.put(offset + i, data[i]);
        }
        return MemoryAccess.ok(null);
    }

    @Override
    public MemoryAccess read(Address base, long offset, int length) {
        MemoryAccess read = super.read(base, offset, length);
        Map<Long, Byte> bytes = privateBytes.get(base.value());
        if (bytes == null || read.outcome() != MemoryAccess.Outcome.OK) {
            return read;
        }
        byte[] data = read.data();
        for (int i = 0; i < length; i++) {
            Byte own = bytes.get(offset + i);
            if (own != null) {
                data[i] = own;
            }
        }
        return MemoryAccess.ok(data);
    }
}
