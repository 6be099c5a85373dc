package org.rtkconformance.adapter.api;

import java.util.Arrays;
import java.util.Locale;

/**
 * A {@code UNICODE_STRING} exactly as a C caller builds it: {@code Length} and {@code MaximumLength} in
 * bytes over a buffer of UTF-16 code units that may be NULL, unterminated, or hold NULs and lone surrogates.
 *
 * <p>Both lengths are {@code USHORT}s. The buffer always holds at least as many bytes as either length
 * claims, so a backend never has to read memory the kit did not give it; the lengths themselves may be
 * odd, or {@code Length} may exceed {@code MaximumLength}, as a malformed caller's would.
 */
public final class UnicodeString {

    /** The largest value a {@code USHORT} length can hold. */
    public static final int MAX_USHORT = 0xFFFF;

    private final int length;
    private final int maximumLength;
    private final char[] buffer;

    private UnicodeString(char[] buffer, int length, int maximumLength) {
        checkUshort("Length", length);
        checkUshort("MaximumLength", maximumLength);
        if (buffer != null) {
            int claimed = Math.max(length, maximumLength);
            if ((long) buffer.length * 2 < claimed) {
                throw new IllegalArgumentException("a UNICODE_STRING buffer of " + buffer.length + " code units ("
                        + buffer.length * 2 + " bytes) cannot back Length=" + length + " and MaximumLength="
                        + maximumLength);
            }
        }
        this.buffer = buffer == null ? null : buffer.clone();
        this.length = length;
        this.maximumLength = maximumLength;
    }

    private static void checkUshort(String field, int value) {
        if (value < 0 || value > MAX_USHORT) {
            throw new IllegalArgumentException(field + " is a USHORT: " + value + " is outside 0.." + MAX_USHORT);
        }
    }

    /**
     * The well-formed string a careful caller builds with {@code RtlInitUnicodeString}: a NUL-terminated
     * buffer, {@code Length} = 2 x code units, {@code MaximumLength} = {@code Length} + 2.
     */
    public static UnicodeString of(String text) {
        char[] units = Arrays.copyOf(text.toCharArray(), text.length() + 1);
        return new UnicodeString(units, text.length() * 2, text.length() * 2 + 2);
    }

    /** A well-formed string whose buffer has no terminating NUL ({@code MaximumLength} = {@code Length}). */
    public static UnicodeString unterminated(String text) {
        return new UnicodeString(text.toCharArray(), text.length() * 2, text.length() * 2);
    }

    /** Any lengths over any buffer: the constructor a test of malformed strings uses. */
    public static UnicodeString withLengths(char[] buffer, int length, int maximumLength) {
        return new UnicodeString(buffer, length, maximumLength);
    }

    /** A string whose {@code Buffer} is NULL while the lengths say what they say. */
    public static UnicodeString nullBuffer(int length, int maximumLength) {
        return new UnicodeString(null, length, maximumLength);
    }

    /** {@code Length}, in bytes. */
    public int length() {
        return length;
    }

    /** {@code MaximumLength}, in bytes. */
    public int maximumLength() {
        return maximumLength;
    }

    /** Whether {@code Buffer} is NULL. */
    public boolean hasNullBuffer() {
        return buffer == null;
    }

    /** A copy of the whole buffer (every code unit the caller allocated), or {@code null} for a NULL buffer. */
    public char[] buffer() {
        return buffer == null ? null : buffer.clone();
    }

    /**
     * The code units that {@code Length} covers, {@code Length / 2} of them (an odd trailing byte is not a
     * whole unit). Empty for a NULL buffer.
     */
    public char[] codeUnits() {
        return buffer == null ? new char[0] : Arrays.copyOf(buffer, Math.min(length / 2, buffer.length));
    }

    /** The covered code units as a Java string (lone surrogates kept as they are). */
    public String text() {
        return new String(codeUnits());
    }

    /** Whether the lengths are those of a well-formed string: even, and Length not above MaximumLength. */
    public boolean isWellFormed() {
        return buffer != null && length % 2 == 0 && maximumLength % 2 == 0 && length <= maximumLength;
    }

    /**
     * A readable rendering for messages and reports: printable ASCII as is, everything else as
     * {@code \}{@code uXXXX}, long runs of one character folded, then the lengths.
     */
    public String describe() {
        if (buffer == null) {
            return "UNICODE_STRING{Buffer=NULL, Length=" + length + ", MaximumLength=" + maximumLength + "}";
        }
        return "\"" + escapeFolded(codeUnits()) + "\" (Length=" + length + ", MaximumLength=" + maximumLength + ")";
    }

    private static String escapeFolded(char[] units) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < units.length) {
            int run = 1;
            while (i + run < units.length && units[i + run] == units[i]) {
                run++;
            }
            String shown = escape(units[i]);
            if (run >= 8) {
                out.append(shown).append("{x").append(run).append('}');
            } else {
                out.append(shown.repeat(run));
            }
            i += run;
        }
        return out.toString();
    }

    private static String escape(char unit) {
        if (unit == '\\') {
            return "\\\\";
        }
        if (unit == '"') {
            return "\\\"";
        }
        if (unit >= 0x20 && unit < 0x7F) {
            return String.valueOf(unit);
        }
        return String.format(Locale.ROOT, "\\u%04X", (int) unit);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof UnicodeString)) {
            return false;
        }
        UnicodeString that = (UnicodeString) other;
        return length == that.length && maximumLength == that.maximumLength && Arrays.equals(buffer, that.buffer);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * length + maximumLength) + Arrays.hashCode(buffer);
    }

    @Override
    public String toString() {
        return describe();
    }
}
