package org.rtkconformance.selftest.naive;

/**
 * A naive port's shared memory object: a name and a byte array, plus the counters the port keeps the way it
 * likes (a per-handle or a per-process reference count).
 */
final class NaiveBlock {

    final String name;
    final long size;
    final byte[] bytes;
    int references;
    boolean destroyed;

    NaiveBlock(String name, long size) {
        this.name = name;
        this.size = size;
        this.bytes = new byte[(int) NaivePort.pageRounded(size)];
    }

    @Override
    public String toString() {
        return "block " + (name == null ? "(unnamed)" : '"' + name + '"') + " of " + size + " bytes";
    }
}
