package org.rtkconformance.steps.notation;

import java.util.Locale;

import org.rtkconformance.adapter.api.RtkConstants;

/** Raw ULONG and BOOLEAN argument values as the features write them: a constant name, a decimal or a 0x hex value. */
public final class AccessNotation {

    /** The regular expression of a DesiredAccess value. */
    public static final String ACCESS_REGEX = "SHM_MAP_READ|SHM_MAP_WRITE|SHM_MAP_ALL_ACCESS|0x[0-9A-Fa-f]{1,8}|\\d{1,10}";
    /** The regular expression of a Protect value. */
    public static final String PROTECT_REGEX = "PAGE_[A-Z_]+|0x[0-9A-Fa-f]{1,8}";
    /** The regular expression of a BOOLEAN byte. */
    public static final String BOOLEAN_REGEX = "TRUE|FALSE|0x[0-9A-Fa-f]{1,2}|\\d{1,3}";

    private AccessNotation() {
    }

    /** A DesiredAccess value ({@code SHM_MAP_READ}, {@code 3}, {@code 0x80000000}). */
    public static int access(String text) {
        switch (text) {
            case "SHM_MAP_READ":
                return RtkConstants.SHM_MAP_READ;
            case "SHM_MAP_WRITE":
                return RtkConstants.SHM_MAP_WRITE;
            case "SHM_MAP_ALL_ACCESS":
                return RtkConstants.SHM_MAP_ALL_ACCESS;
            default:
                return ulong(text, "DesiredAccess");
        }
    }

    /** A Protect value ({@code PAGE_READONLY}, {@code 0x04}). */
    public static int protect(String text) {
        switch (text) {
            case "PAGE_NOACCESS":
                return RtkConstants.PAGE_NOACCESS;
            case "PAGE_READONLY":
                return RtkConstants.PAGE_READONLY;
            case "PAGE_READWRITE":
                return RtkConstants.PAGE_READWRITE;
            case "PAGE_WRITECOPY":
                return RtkConstants.PAGE_WRITECOPY;
            case "PAGE_EXECUTE_READ":
                return RtkConstants.PAGE_EXECUTE_READ;
            case "PAGE_EXECUTE_READWRITE":
                return RtkConstants.PAGE_EXECUTE_READWRITE;
            default:
                if (text.startsWith("PAGE_")) {
                    throw new IllegalArgumentException("Unknown protection " + text + ": use PAGE_NOACCESS, PAGE_READONLY,"
                            + " PAGE_READWRITE, PAGE_WRITECOPY, PAGE_EXECUTE_READ, PAGE_EXECUTE_READWRITE or a 0x value");
                }
                return ulong(text, "Protect");
        }
    }

    /** A BOOLEAN byte ({@code TRUE}, {@code FALSE}, {@code 2}, {@code 0xFF}). */
    public static byte bool(String text) {
        if (text.equals("TRUE")) {
            return RtkConstants.TRUE;
        }
        if (text.equals("FALSE")) {
            return RtkConstants.FALSE;
        }
        long value = parse(text, "BOOLEAN");
        if (value > 0xFF) {
            throw new IllegalArgumentException("A BOOLEAN is one byte: " + text + " is above 0xFF");
        }
        return (byte) value;
    }

    private static int ulong(String text, String what) {
        long value = parse(text, what);
        if (value > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException(what + " is a ULONG: " + text + " is above 0xFFFFFFFF");
        }
        return (int) value;
    }

    private static long parse(String text, String what) {
        try {
            return text.toLowerCase(Locale.ROOT).startsWith("0x") ? Long.parseLong(text.substring(2), 16)
                    : Long.parseLong(text);
        } catch (NumberFormatException notNumber) {
            throw new IllegalArgumentException("Malformed " + what + " value '" + text + "': write a constant name, a"
                    + " decimal or a 0x hexadecimal value");
        }
    }
}
