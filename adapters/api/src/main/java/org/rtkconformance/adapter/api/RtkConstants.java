package org.rtkconformance.adapter.api;

/**
 * The numeric constants of {@code RtkApi.h} and the Windows headers that the calls take, so steps and
 * backends never pass a value through from another namespace (FILE_MAP_READ is 4, SHM_MAP_READ is 1).
 */
public final class RtkConstants {

    /** {@code SHM_MAP_READ}: read-only access (RtkApi.h). */
    public static final int SHM_MAP_READ = 1;
    /** {@code SHM_MAP_WRITE}: read-write access (RtkApi.h). */
    public static final int SHM_MAP_WRITE = 2;
    /** {@code SHM_MAP_ALL_ACCESS}: declared only in the user-mode Rtapi.h, not in RtkApi.h. */
    public static final int SHM_MAP_ALL_ACCESS = 3;

    public static final int PAGE_NOACCESS = 0x01;
    public static final int PAGE_READONLY = 0x02;
    public static final int PAGE_READWRITE = 0x04;
    public static final int PAGE_WRITECOPY = 0x08;
    public static final int PAGE_EXECUTE_READ = 0x20;
    public static final int PAGE_EXECUTE_READWRITE = 0x40;

    /** {@code FALSE} as a {@code BOOLEAN} byte. */
    public static final byte FALSE = 0;
    /** {@code TRUE} as a {@code BOOLEAN} byte. */
    public static final byte TRUE = 1;

    public static final int PASSIVE_LEVEL = 0;
    public static final int APC_LEVEL = 1;
    public static final int DISPATCH_LEVEL = 2;

    /** The documented name limit, in characters (read as UTF-16 code units by default, D-8). */
    public static final int NAME_LIMIT_CHARACTERS = 260;

    private RtkConstants() {
    }
}
