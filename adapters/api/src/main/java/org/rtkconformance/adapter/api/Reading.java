package org.rtkconformance.adapter.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One candidate reading of an ambiguity of the page ({@code D-6.A}): the ambiguity id from
 * {@code api-notes.md} §d and the letter of the reading chosen.
 *
 * @param ambiguity the ambiguity, {@code D-1} to {@code D-24}
 * @param choice    the reading, a capital letter
 */
public record Reading(String ambiguity, String choice) {

    private static final Pattern AMBIGUITY = Pattern.compile("D-(?:[1-9]|1[0-9]|2[0-4])");
    private static final Pattern CHOICE = Pattern.compile("[A-Z]");

    public Reading {
        Objects.requireNonNull(ambiguity, "ambiguity");
        Objects.requireNonNull(choice, "choice");
        if (!AMBIGUITY.matcher(ambiguity).matches()) {
            throw new IllegalArgumentException("An ambiguity id is D-1 to D-24, not '" + ambiguity + "'");
        }
        if (!CHOICE.matcher(choice).matches()) {
            throw new IllegalArgumentException("A reading is one capital letter, not '" + choice + "' (in " + ambiguity + ")");
        }
    }

    /**
     * Parses {@code D-6.A}.
     *
     * @throws IllegalArgumentException saying what the text should look like
     */
    public static Reading parse(String text) {
        int dot = text.trim().lastIndexOf('.');
        if (dot < 0) {
            throw new IllegalArgumentException("A reading is written D-<n>.<letter>, such as D-6.A, not '" + text + "'");
        }
        String trimmed = text.trim();
        return new Reading(trimmed.substring(0, dot), trimmed.substring(dot + 1));
    }

    @Override
    public String toString() {
        return ambiguity + "." + choice;
    }
}
