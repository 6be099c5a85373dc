package org.rtkconformance.adapter.agent;

import java.util.Locale;

/** Hexadecimal text for the protocol's binary-safe fields: bytes, and UTF-16 code units four digits each. */
final class Hex {

    private static final char[] DIGITS = "0123456789ABCDEF".toCharArray();

    private Hex() {
    }

    static String bytes(byte[] data) {
        StringBuilder out = new StringBuilder(data.length * 2);
        for (byte b : data) {
            out.append(DIGITS[(b >> 4) & 15]).append(DIGITS[b & 15]);
        }
        return out.toString();
    }

    static String units(char[] units) {
        StringBuilder out = new StringBuilder(units.length * 4);
        for (char unit : units) {
            out.append(DIGITS[(unit >> 12) & 15]).append(DIGITS[(unit >> 8) & 15])
                    .append(DIGITS[(unit >> 4) & 15]).append(DIGITS[unit & 15]);
        }
        return out.toString();
    }

    /** @throws IllegalArgumentException when {@code text} is not an even number of hex digits */
    static byte[] parseBytes(String text) {
        if (text.length() % 2 != 0) {
            throw new IllegalArgumentException("odd number of hex digits: " + abbreviate(text));
        }
        byte[] out = new byte[text.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (digit(text, 2 * i) << 4 | digit(text, 2 * i + 1));
        }
        return out;
    }

    /** UTF-16 code units written as 4 hex digits each (big-endian within a unit). */
    static char[] parseUnits(String text) {
        if (text.length() % 4 != 0) {
            throw new IllegalArgumentException("UTF-16 code units are 4 hex digits each: " + abbreviate(text));
        }
        char[] out = new char[text.length() / 4];
        for (int i = 0; i < out.length; i++) {
            int at = 4 * i;
            out[i] = (char) (digit(text, at) << 12 | digit(text, at + 1) << 8 | digit(text, at + 2) << 4
                    | digit(text, at + 3));
        }
        return out;
    }

    /** An unsigned hexadecimal number of at most 16 digits. */
    static long parseUnsigned(String text) {
        if (text.isEmpty() || text.length() > 16) {
            throw new IllegalArgumentException("not a 64-bit hex number: " + abbreviate(text));
        }
        long value = 0;
        for (int i = 0; i < text.length(); i++) {
            value = value << 4 | digit(text, i);
        }
        return value;
    }

    static String unsigned(long value) {
        return Long.toHexString(value).toUpperCase(Locale.ROOT);
    }

    static String unsigned32(int value) {
        return Integer.toHexString(value).toUpperCase(Locale.ROOT);
    }

    private static int digit(String text, int index) {
        int value = Character.digit(text.charAt(index), 16);
        if (value < 0) {
            throw new IllegalArgumentException("not a hex digit at " + index + ": " + abbreviate(text));
        }
        return value;
    }

    static String abbreviate(String text) {
        return text.length() <= 80 ? "'" + text + "'" : "'" + text.substring(0, 77) + "...' (" + text.length() + " chars)";
    }
}
