package org.rtkconformance.reference.rules;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.rtkconformance.adapter.api.Reading;

/**
 * The reading chosen for every ambiguity that has readings: the defaults, with any selection such as
 * {@code D-6.B,D-1.A} applied on top. Immutable.
 */
public final class Readings {

    private final Map<Ambiguity, String> choices;

    private Readings(Map<Ambiguity, String> choices) {
        this.choices = Collections.unmodifiableMap(new EnumMap<>(choices));
    }

    /** The reference's default reading of every ambiguity. */
    public static Readings defaults() {
        Map<Ambiguity, String> choices = new EnumMap<>(Ambiguity.class);
        for (Ambiguity ambiguity : Ambiguity.values()) {
            ambiguity.defaultChoice().ifPresent(letter -> choices.put(ambiguity, letter));
        }
        return new Readings(choices);
    }

    /**
     * The defaults with the readings listed in {@code text} ({@code D-6.B,D-1.A}; commas or blanks between
     * them; empty means the defaults).
     *
     * @param source where the text came from, for the message ({@code -Drtk.reference.readings})
     * @throws IllegalArgumentException saying which entry is wrong, why, and every valid reading
     */
    public static Readings parse(String text, String source) {
        Map<Ambiguity, String> choices = new EnumMap<>(defaults().choices);
        Map<Ambiguity, String> given = new EnumMap<>(Ambiguity.class);
        for (String entry : text.trim().split("[,\\s]+")) {
            if (!entry.isEmpty()) {
                Reading reading = readingOf(entry, text, source);
                Ambiguity ambiguity = ambiguityOf(reading, text, source);
                if (given.put(ambiguity, reading.choice()) != null) {
                    throw invalid(text, source, ambiguity.id() + " is given twice");
                }
                choices.put(ambiguity, reading.choice());
            }
        }
        return checked(new Readings(choices), text, source);
    }

    private static Reading readingOf(String entry, String text, String source) {
        try {
            return Reading.parse(entry);
        } catch (IllegalArgumentException malformed) {
            throw invalid(text, source, malformed.getMessage());
        }
    }

    private static Ambiguity ambiguityOf(Reading reading, String text, String source) {
        Ambiguity ambiguity = Ambiguity.byId(reading.ambiguity()).orElseThrow();
        if (ambiguity.choices().isEmpty()) {
            throw invalid(text, source, ambiguity.id() + " (" + ambiguity.title() + ") has no testable reading");
        }
        if (!ambiguity.choices().containsKey(reading.choice())) {
            throw invalid(text, source, ambiguity.id() + " has no reading " + reading.choice() + "; it offers "
                    + offers(ambiguity));
        }
        return ambiguity;
    }

    private static Readings checked(Readings readings, String text, String source) {
        if (readings.is(Ambiguity.D_15, "C") && !readings.is(Ambiguity.D_14, "B")) {
            throw invalid(text, source, "D-15.C refuses to close a handle whose view is still mapped, which needs"
                    + " the unmap call of D-14.B (selected: " + readings.reading(Ambiguity.D_14) + ")");
        }
        return readings;
    }

    private static IllegalArgumentException invalid(String text, String source, String why) {
        return new IllegalArgumentException("Invalid readings '" + text + "' (" + source + "): " + why
                + ". Valid readings: " + validReadings());
    }

    private static String offers(Ambiguity ambiguity) {
        return ambiguity.choices().entrySet().stream()
                .map(choice -> ambiguity.id() + "." + choice.getKey() + " (" + choice.getValue() + ")")
                .collect(Collectors.joining("; "));
    }

    /** Every reading the reference offers, {@code D-1.A, D-1.B, ...}. */
    public static String validReadings() {
        StringBuilder all = new StringBuilder();
        for (Ambiguity ambiguity : Ambiguity.values()) {
            for (String letter : ambiguity.choices().keySet()) {
                all.append(all.length() == 0 ? "" : ", ").append(ambiguity.id()).append('.').append(letter);
            }
        }
        return all.toString();
    }

    /** The letter chosen for {@code ambiguity}; {@code null} for one without readings (D-20). */
    public String choice(Ambiguity ambiguity) {
        return choices.get(ambiguity);
    }

    /** Whether reading {@code letter} of {@code ambiguity} is chosen. */
    public boolean is(Ambiguity ambiguity, String letter) {
        return letter.equals(choices.get(ambiguity));
    }

    /** The chosen reading of {@code ambiguity} as the port writes it; {@code null} for one without readings. */
    public Reading reading(Ambiguity ambiguity) {
        String letter = choices.get(ambiguity);
        return letter == null ? null : ambiguity.reading(letter);
    }

    /** Every chosen reading keyed by ambiguity id, as {@code BackendManifest.readings()} holds them. */
    public Map<String, Reading> manifestReadings() {
        Map<String, Reading> readings = new LinkedHashMap<>();
        choices.forEach((ambiguity, letter) -> readings.put(ambiguity.id(), ambiguity.reading(letter)));
        return readings;
    }

    /** The chosen readings that differ from the defaults, as {@code parse} accepts them; empty for the defaults. */
    public String differencesFromDefaults() {
        Readings defaults = defaults();
        return choices.entrySet().stream()
                .filter(choice -> !choice.getValue().equals(defaults.choices.get(choice.getKey())))
                .map(choice -> choice.getKey().id() + "." + choice.getValue())
                .collect(Collectors.joining(","));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Readings && ((Readings) other).choices.equals(choices);
    }

    @Override
    public int hashCode() {
        return Objects.hash(choices);
    }

    /** Every chosen reading, {@code D-1.B,D-2.A,...}. */
    @Override
    public String toString() {
        return choices.entrySet().stream().map(choice -> choice.getKey().id() + "." + choice.getValue())
                .collect(Collectors.joining(","));
    }
}
