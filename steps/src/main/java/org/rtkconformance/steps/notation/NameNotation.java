package org.rtkconformance.steps.notation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Object names as the features write them, so that any sequence of UTF-16 code units can be named:
 *
 * <ul>
 *   <li>{@code "Alpha"}: the characters between the quotes;</li>
 *   <li>{@code "a{U+005C}b"}: {@code {U+XXXX}} is one code point in hex (4 to 6 digits); a code point above
 *       U+FFFF becomes a surrogate pair, and {@code {U+D83D}} alone is a lone surrogate;</li>
 *   <li>{@code 260 × "a"}: the quoted text repeated ({@code x} works as well as {@code ×});</li>
 *   <li>{@code 259 × "a" + "{U+1F600}"}: parts joined with {@code +}.</li>
 * </ul>
 */
public final class NameNotation {

    private static final String PART = "(?:\\d+ [×x] )?\"[^\"]*\"";
    /** The regular expression a Cucumber parameter type uses to find a name in a step. */
    public static final String REGEX = PART + "(?: \\+ " + PART + ")*";

    private static final Pattern PART_PATTERN = Pattern.compile("(?:(\\d+) [×x] )?\"([^\"]*)\"");
    private static final Pattern ESCAPE = Pattern.compile("\\{U\\+([0-9A-Fa-f]{4,6})}");
    /** Compiled once: {@code String.split} would compile it again for every name of every step. */
    private static final Pattern JOIN = Pattern.compile(" \\+ ");
    private static final int MAX_REPEAT = 70_000;

    private NameNotation() {
    }

    /**
     * The code units {@code notation} names.
     *
     * @throws IllegalArgumentException saying which part is malformed and what the notation allows
     */
    public static String parse(String notation) {
        StringBuilder name = new StringBuilder();
        String[] parts = JOIN.split(notation.trim(), -1);
        for (String part : parts) {
            Matcher matcher = PART_PATTERN.matcher(part);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("Malformed name part '" + part + "' in " + notation
                        + ": write \"text\", N × \"text\", with {U+XXXX} for any code point, parts joined by ' + '");
            }
            int repeat = matcher.group(1) == null ? 1 : Integer.parseInt(matcher.group(1));
            if (repeat > MAX_REPEAT) {
                throw new IllegalArgumentException("Repeat count " + repeat + " in " + notation + " exceeds "
                        + MAX_REPEAT + ": no UNICODE_STRING can hold that many code units");
            }
            name.append(unescape(matcher.group(2), notation).repeat(repeat));
        }
        return name.toString();
    }

    private static String unescape(String text, String notation) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        Matcher escape = ESCAPE.matcher(text);
        int at = 0;
        while (escape.find()) {
            out.append(text, at, escape.start());
            int codePoint = Integer.parseInt(escape.group(1), 16);
            if (codePoint > Character.MAX_CODE_POINT) {
                throw new IllegalArgumentException("{U+" + escape.group(1) + "} in " + notation
                        + " is beyond U+10FFFF, the last Unicode code point");
            }
            out.appendCodePoint(codePoint);
            at = escape.end();
        }
        String rest = text.substring(at);
        if (rest.contains("{U+")) {
            throw new IllegalArgumentException("Malformed escape in " + notation + ": write {U+XXXX} with 4 to 6 hex digits");
        }
        return out.append(rest).toString();
    }
}
