package org.rtkconformance.reports.bundle;

import java.util.Optional;

/** The first line where two texts differ, for a message a person can act on. */
final class TextDifference {

    private static final int SHOWN = 120;

    private TextDifference() {
    }

    /**
     * @return empty when equal, else "line N is '...' but the regenerated page has '...'"
     */
    static Optional<String> first(String inBundle, String regenerated) {
        if (inBundle.equals(regenerated)) {
            return Optional.empty();
        }
        String[] bundled = inBundle.split("\n", -1);
        String[] fresh = regenerated.split("\n", -1);
        for (int i = 0; i < Math.max(bundled.length, fresh.length); i++) {
            String a = i < bundled.length ? bundled[i] : null;
            String b = i < fresh.length ? fresh[i] : null;
            if (a == null || b == null || !a.equals(b)) {
                return Optional.of("line " + (i + 1) + " is " + shown(a) + " but the page regenerated from the bundled "
                        + "results has " + shown(b));
            }
        }
        return Optional.of("differs in its line endings from the page regenerated from the bundled results");
    }

    private static String shown(String line) {
        if (line == null) {
            return "nothing (the page ends earlier)";
        }
        String trimmed = line.strip();
        return "'" + (trimmed.length() > SHOWN ? trimmed.substring(0, SHOWN) + "…" : trimmed) + "'";
    }
}
