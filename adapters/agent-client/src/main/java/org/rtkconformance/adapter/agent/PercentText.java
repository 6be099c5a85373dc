package org.rtkconformance.adapter.agent;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** The protocol's text fields: UTF-8 with space, '%', controls and non-ASCII bytes written as %XX. */
final class PercentText {

    private PercentText() {
    }

    /** @throws IllegalArgumentException on a truncated or non-hex escape */
    static String decode(String field) {
        if (field.indexOf('%') < 0) {
            return field;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c != '%') {
                out.write(c);
                continue;
            }
            if (i + 2 >= field.length()) {
                throw new IllegalArgumentException("truncated %-escape at " + i + " in " + Hex.abbreviate(field));
            }
            int high = Character.digit(field.charAt(i + 1), 16);
            int low = Character.digit(field.charAt(i + 2), 16);
            if (high < 0 || low < 0) {
                throw new IllegalArgumentException("bad %-escape at " + i + " in " + Hex.abbreviate(field));
            }
            out.write(high << 4 | low);
            i += 2;
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
