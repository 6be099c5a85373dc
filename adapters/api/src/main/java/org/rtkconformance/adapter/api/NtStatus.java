package org.rtkconformance.adapter.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An NTSTATUS value exactly as the C call returns it: a signed 32-bit integer, with the symbolic name
 * when the kit knows one.
 *
 * <p>Values come from Wine's {@code include/ntstatus.h}; see {@code shared/spec/api-notes.md} §b.
 * Statuses outside the table are kept by value, so a backend can never lose what it observed.
 */
public final class NtStatus {

    private static final Map<Integer, NtStatus> BY_VALUE = new LinkedHashMap<>();
    private static final Map<String, NtStatus> BY_NAME = new LinkedHashMap<>();

    public static final NtStatus STATUS_SUCCESS = define("STATUS_SUCCESS", 0x00000000);
    public static final NtStatus STATUS_OBJECT_NAME_EXISTS = define("STATUS_OBJECT_NAME_EXISTS", 0x40000000);
    public static final NtStatus STATUS_UNSUCCESSFUL = define("STATUS_UNSUCCESSFUL", 0xC0000001);
    public static final NtStatus STATUS_ACCESS_VIOLATION = define("STATUS_ACCESS_VIOLATION", 0xC0000005);
    public static final NtStatus STATUS_INVALID_HANDLE = define("STATUS_INVALID_HANDLE", 0xC0000008);
    public static final NtStatus STATUS_INVALID_PARAMETER = define("STATUS_INVALID_PARAMETER", 0xC000000D);
    public static final NtStatus STATUS_NO_SUCH_DEVICE = define("STATUS_NO_SUCH_DEVICE", 0xC000000E);
    public static final NtStatus STATUS_NO_MEMORY = define("STATUS_NO_MEMORY", 0xC0000017);
    public static final NtStatus STATUS_ACCESS_DENIED = define("STATUS_ACCESS_DENIED", 0xC0000022);
    public static final NtStatus STATUS_OBJECT_TYPE_MISMATCH = define("STATUS_OBJECT_TYPE_MISMATCH", 0xC0000024);
    public static final NtStatus STATUS_OBJECT_NAME_INVALID = define("STATUS_OBJECT_NAME_INVALID", 0xC0000033);
    public static final NtStatus STATUS_OBJECT_NAME_NOT_FOUND = define("STATUS_OBJECT_NAME_NOT_FOUND", 0xC0000034);
    public static final NtStatus STATUS_OBJECT_NAME_COLLISION = define("STATUS_OBJECT_NAME_COLLISION", 0xC0000035);
    public static final NtStatus STATUS_NAME_TOO_LONG = define("STATUS_NAME_TOO_LONG", 0xC0000106);
    public static final NtStatus STATUS_LICENSE_VIOLATION = define("STATUS_LICENSE_VIOLATION", 0xC000026A);

    private final int value;
    private final String name;

    private NtStatus(int value, String name) {
        this.value = value;
        this.name = name;
    }

    private static NtStatus define(String name, int value) {
        NtStatus status = new NtStatus(value, name);
        BY_VALUE.put(value, status);
        BY_NAME.put(name, status);
        return status;
    }

    /** The status with this 32-bit value; named when the kit knows the value. */
    public static NtStatus of(int value) {
        NtStatus known = BY_VALUE.get(value);
        return known != null ? known : new NtStatus(value, null);
    }

    /**
     * The status with this symbolic name ({@code STATUS_INVALID_PARAMETER}) or hexadecimal value
     * ({@code 0xC000000D}).
     *
     * @throws IllegalArgumentException naming the statuses the kit knows, when the text is neither
     */
    public static NtStatus parse(String text) {
        String trimmed = text.trim();
        NtStatus named = BY_NAME.get(trimmed.toUpperCase(Locale.ROOT));
        if (named != null) {
            return named;
        }
        if (trimmed.regionMatches(true, 0, "0x", 0, 2) && trimmed.length() > 2 && trimmed.length() <= 10) {
            try {
                return of(Integer.parseUnsignedInt(trimmed.substring(2), 16));
            } catch (NumberFormatException notHex) {
                // fall through to the precise error below
            }
        }
        throw new IllegalArgumentException("Unknown NTSTATUS '" + text + "': use a hexadecimal value such as 0xC000000D"
                + " or one of " + BY_NAME.keySet());
    }

    /** Every status the kit knows by name, in table order. */
    public static Map<String, NtStatus> known() {
        return Collections.unmodifiableMap(BY_NAME);
    }

    /** The raw signed 32-bit value. */
    public int value() {
        return value;
    }

    /** The symbolic name, or the hexadecimal value when the kit does not know this status. */
    public String name() {
        return name != null ? name : hex();
    }

    /** Whether the kit knows this status by name. */
    public boolean isNamed() {
        return name != null;
    }

    /** {@code NT_SUCCESS(status)}: success and informational statuses are non-negative. */
    public boolean isSuccess() {
        return value >= 0;
    }

    /** The value as C writes it, {@code 0xC000000D}. */
    public String hex() {
        return String.format(Locale.ROOT, "0x%08X", value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NtStatus && ((NtStatus) other).value == value;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(value);
    }

    @Override
    public String toString() {
        return name != null ? name + " (" + hex() + ")" : hex();
    }
}
